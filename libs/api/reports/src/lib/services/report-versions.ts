import { ReportFileDto, ReportFileFormat, ReportVersionSummaryDto } from '@consulta/shared/contracts';
import { FileRow, VersionRow } from '../repositories/report.repository';

const FORMAT_ORDER = Object.values(ReportFileFormat);

export const reportFileUrl = (slug: string, version: number, format: ReportFileFormat): string =>
  `/api/consultations/${encodeURIComponent(slug)}/report/versions/${version}/files/${format}`;

export function fileDtos(slug: string, version: number, files: FileRow[]): ReportFileDto[] {
  return files
    .filter((file) => file.version === version)
    .sort((a, b) => FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format))
    .map((file) => ({ format: file.format, size: file.size, url: reportFileUrl(slug, version, file.format) }));
}

/** Every published version, newest first, with its files. */
export function versionSummaries(slug: string, versions: VersionRow[], files: FileRow[]): ReportVersionSummaryDto[] {
  return versions.map((version) => ({
    version: version.version,
    publishedAt: new Date(version.publishedAt).toISOString(),
    changeNote: version.changeNote,
    files: fileDtos(slug, version.version, files),
  }));
}
