import { DomainException } from '@consulta/api/core';
import { ConsultationService } from '@consulta/api/consultation';
import {
  ErrorCode,
  PublishedReportDto,
  REPORT_COMMENT_PAGE_DEFAULT_LIMIT,
  REPORT_FILE_MEDIA_TYPES,
  ReportCommentPageDto,
  ReportFileFormat,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { decodeRowCursor, encodeRowCursor } from '../report-cursor';
import { FileRow, ReportRepository, VersionRow } from '../repositories/report.repository';
import { fileDtos, versionSummaries } from './report-versions';

/** A stored file ready to stream: headers and a reader of its chunks in order. */
export interface ReportDownload {
  contentType: string;
  size: number;
  sha256: string;
  filename: string;
  chunks: () => AsyncGenerator<Buffer>;
}

const EXTENSIONS: Record<ReportFileFormat, string> = {
  [ReportFileFormat.Pdf]: 'pdf',
  [ReportFileFormat.Csv]: 'csv',
  [ReportFileFormat.Xlsx]: 'xlsx',
  [ReportFileFormat.Json]: 'json',
};

/** The published report as anyone reads it: always the stored output of a version, never recomputed. */
@Injectable()
export class PublicReportService {
  constructor(
    private readonly consultations: ConsultationService,
    private readonly reports: ReportRepository,
  ) {}

  /** `version` undefined: the latest. */
  async get(slug: string, version?: number): Promise<PublishedReportDto> {
    const { consultation, versions } = await this.published(slug);
    const chosen = version === undefined ? versions[0] : versions.find((candidate) => candidate.version === version);
    if (!chosen) throw notPublished();
    const files = await this.reports.files(consultation.id);
    return {
      version: chosen.version,
      publishedAt: new Date(chosen.publishedAt).toISOString(),
      changeNote: chosen.changeNote,
      content: await this.reports.versionContent(chosen.id),
      files: fileDtos(consultation.slug, chosen.version, files),
      versions: versionSummaries(consultation.slug, versions, files),
    };
  }

  async comments(slug: string, version: number, cursor: string | undefined, limit: number | undefined): Promise<ReportCommentPageDto> {
    const { versions } = await this.published(slug);
    const chosen = versions.find((candidate) => candidate.version === version);
    if (!chosen) throw notPublished();
    const after = cursor ? decodeRowCursor(cursor, false).number : 0;
    const size = limit ?? REPORT_COMMENT_PAGE_DEFAULT_LIMIT;
    const items = await this.reports.snapshotPage(chosen.id, after, size);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: last && last.number < chosen.commentCount ? encodeRowCursor({ number: last.number, at: '', id: '' }) : null,
      total: chosen.commentCount,
    };
  }

  async download(slug: string, version: number, format: ReportFileFormat): Promise<ReportDownload> {
    const consultation = await this.consultations.findVisible(slug, null);
    const file: FileRow | null = await this.reports.findFile(consultation.id, version, format);
    if (!file) throw notPublished();
    const reports = this.reports;
    return {
      contentType: REPORT_FILE_MEDIA_TYPES[format],
      size: file.size,
      sha256: file.sha256,
      filename: `sprawozdanie-${consultation.slug}-v${version}.${EXTENSIONS[format]}`,
      chunks: async function* () {
        for (let seq = 0; ; seq++) {
          const bytes = await reports.chunk(file.id, seq);
          if (!bytes) return;
          yield bytes;
        }
      },
    };
  }

  private async published(slug: string): Promise<{ consultation: { id: string; slug: string }; versions: VersionRow[] }> {
    const consultation = await this.consultations.findVisible(slug, null);
    const versions = await this.reports.versions(consultation.id);
    if (versions.length === 0) throw notPublished();
    return { consultation, versions };
  }
}

const notPublished = (): DomainException =>
  new DomainException(ErrorCode.ReportNotPublished, 'The report on this consultation has not been published (in this version).');
