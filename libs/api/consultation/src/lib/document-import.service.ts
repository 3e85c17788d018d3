import { DomainException } from '@consulta/api/core';
import { ErrorCode, ImportDocumentRequest, ImportDocumentResultDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { toDocumentVersion } from './consultation.mapper';
import { carryOverKeys } from './document/key-carry-over';
import { keyGenerator } from './document/keys';
import { ParsedDocument, parseConsultationMarkdown } from './markdown/markdown-parser';
import { ConsultationRepository } from './repositories/consultation.repository';
import { DocumentRepository, LoadedVersion } from './repositories/document.repository';

/** Staff import a new version of a consultation's document from Markdown. */
@Injectable()
export class DocumentImportService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly documents: DocumentRepository,
  ) {}

  /**
   * Parses first (a bad text never touches the database), then, in one transaction with the
   * consultation row locked, carries keys over from the current version and stores the next one.
   * A text identical to the current version (same title, sections and paragraphs) creates no
   * version: the answer is the current version with every key carried over.
   */
  async importVersion(slug: string, request: ImportDocumentRequest): Promise<ImportDocumentResultDto> {
    const consultation = await this.consultations.findBySlug(slug);
    if (!consultation) throw new DomainException(ErrorCode.ConsultationNotFound, 'There is no such consultation.');

    const parsed = parseConsultationMarkdown(request.markdown);
    if (!parsed.ok) {
      const shown = parsed.problems.slice(0, 3).map((problem) => problem.message);
      const more = parsed.problems.length > shown.length ? ` (and ${parsed.problems.length - shown.length} more)` : '';
      throw new DomainException(ErrorCode.MarkdownInvalid, `The document was not imported. ${shown.join(' ')}${more}`, parsed.problems);
    }
    const document = parsed.document;

    return this.consultations.transaction(async (manager) => {
      await this.consultations.lock(consultation.id, manager);
      const current = await this.documents.findCurrent(consultation.id, manager);
      if (current && isSameDocument(current, document)) {
        const paragraphs = current.sections.reduce((total, section) => total + section.paragraphs.length, 0);
        return { version: toDocumentVersion(current), carriedOver: paragraphs, added: 0, removed: 0 };
      }
      const usedKeys = await this.documents.usedKeys(consultation.id, manager);
      const previous = (current?.sections ?? []).map((section) => ({
        key: section.key,
        title: section.title,
        paragraphs: section.paragraphs.map((paragraph) => ({ key: paragraph.key, kind: paragraph.kind, text: paragraph.text })),
      }));
      const keyed = carryOverKeys(previous, document.sections, keyGenerator(usedKeys));
      const version = await this.documents.insert(
        {
          consultationId: consultation.id,
          number: (current?.version.number ?? 0) + 1,
          title: document.title,
          changeNote: request.changeNote?.trim() || null,
          sourceMarkdown: request.markdown,
          sections: keyed.sections,
        },
        manager,
      );
      const stored = await this.documents.findByNumber(consultation.id, version.number, manager);
      if (!stored) throw new Error(`Version ${version.number} vanished inside its own transaction`);
      return { version: toDocumentVersion(stored), carriedOver: keyed.carriedOver, added: keyed.added, removed: keyed.removed };
    });
  }
}

function isSameDocument(current: LoadedVersion, next: ParsedDocument): boolean {
  return (
    current.version.title === next.title &&
    current.sections.length === next.sections.length &&
    current.sections.every((section, index) => {
      const other = next.sections[index];
      return (
        section.title === other.title &&
        section.paragraphs.length === other.paragraphs.length &&
        section.paragraphs.every(
          (paragraph, position) => paragraph.kind === other.paragraphs[position].kind && paragraph.text === other.paragraphs[position].text,
        )
      );
    })
  );
}
