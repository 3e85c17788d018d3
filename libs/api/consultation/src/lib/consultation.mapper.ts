import { ConsultationDetailDto, ConsultationSummaryDto, DocumentVersionDto, DocumentVersionSummaryDto } from '@consulta/shared/contracts';
import { Consultation } from './entities';
import { LoadedVersion, VersionSummaryRow } from './repositories/document.repository';

/** Entities never leave the API: these build the contract DTOs. */
export function toConsultationSummary(consultation: Consultation): ConsultationSummaryDto {
  return {
    slug: consultation.slug,
    title: consultation.title,
    summary: consultation.summary,
    status: consultation.status,
    opensAt: consultation.opensAt?.toISOString() ?? null,
    closesAt: consultation.closesAt?.toISOString() ?? null,
    moderationMode: consultation.moderationMode,
  };
}

export function toConsultationDetail(consultation: Consultation, document: LoadedVersion | null): ConsultationDetailDto {
  return {
    ...toConsultationSummary(consultation),
    areas: (consultation.areas ?? []).map((area) => ({ key: area.key, name: area.name })),
    document: document ? toDocumentVersion(document) : null,
    createdAt: consultation.createdAt.toISOString(),
    updatedAt: consultation.updatedAt.toISOString(),
  };
}

export function toDocumentVersion({ version, sections }: LoadedVersion): DocumentVersionDto {
  return {
    number: version.number,
    title: version.title,
    changeNote: version.changeNote,
    createdAt: version.createdAt.toISOString(),
    sections: sections.map((section) => ({
      key: section.key,
      position: section.position,
      title: section.title,
      paragraphs: section.paragraphs.map((paragraph) => ({
        key: paragraph.key,
        position: paragraph.position,
        kind: paragraph.kind,
        text: paragraph.text,
      })),
    })),
  };
}

export function toDocumentVersionSummary({ version, sectionCount, paragraphCount }: VersionSummaryRow): DocumentVersionSummaryDto {
  return {
    number: version.number,
    title: version.title,
    changeNote: version.changeNote,
    createdAt: version.createdAt.toISOString(),
    sectionCount,
    paragraphCount,
  };
}
