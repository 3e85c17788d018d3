import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { DataSource } from 'typeorm';

/** Reads of the consultation's current document that anchoring a comment needs. */
export interface DocumentAnchorLookup {
  currentVersion(consultationId: string): Promise<{ id: string; number: number } | null>;
  sectionExists(versionId: string, sectionKey: string): Promise<boolean>;
  paragraph(versionId: string, paragraphKey: string): Promise<{ text: string; sectionKey: string } | null>;
}

/** The look-ups as SQL on the consultation domain's tables (keys are looked up in the given version only). */
export class DocumentAnchorQueries implements DocumentAnchorLookup {
  constructor(protected readonly dataSource: DataSource) {}

  async currentVersion(consultationId: string): Promise<{ id: string; number: number } | null> {
    const rows = await this.dataSource.manager.query<{ id: string; number: number }[]>(
      `SELECT "id", "number" FROM "document_versions" WHERE "consultation_id" = $1 ORDER BY "number" DESC LIMIT 1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  async sectionExists(versionId: string, sectionKey: string): Promise<boolean> {
    const rows = await this.dataSource.manager.query<unknown[]>(
      `SELECT 1 FROM "document_sections" WHERE "version_id" = $1 AND "key" = $2`,
      [versionId, sectionKey],
    );
    return rows.length > 0;
  }

  /** The paragraph with this key in this version, with the key of the section it is in. */
  async paragraph(versionId: string, paragraphKey: string): Promise<{ text: string; sectionKey: string } | null> {
    const rows = await this.dataSource.manager.query<{ text: string; sectionKey: string }[]>(
      `SELECT p."text", s."key" AS "sectionKey" FROM "document_paragraphs" p JOIN "document_sections" s ON s."id" = p."section_id"
       WHERE p."version_id" = $1 AND p."key" = $2`,
      [versionId, paragraphKey],
    );
    return rows[0] ?? null;
  }
}

/** Where a comment attaches in the current document version, with the quote's UTF-16 offsets in its paragraph. */
export interface ResolvedAnchor {
  sectionKey: string;
  paragraphKey: string | null;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  documentVersion: number;
}

/**
 * Checks a section / paragraph / quoted-passage anchor against the consultation's current document version
 * (online comments and submissions staff enter alike): 404 for keys the current version does not have, 400 when
 * the quote does not occur in its paragraph.
 */
export async function resolveAnchor(
  lookup: DocumentAnchorLookup,
  consultationId: string,
  sectionKey: string,
  paragraphKey: string | null | undefined,
  quote: string | null,
): Promise<ResolvedAnchor> {
  const version = await lookup.currentVersion(consultationId);
  if (!version || !(await lookup.sectionExists(version.id, sectionKey))) {
    throw new DomainException(ErrorCode.SectionNotFound, 'This consultation’s document has no such section.');
  }
  if (!paragraphKey) {
    if (quote) throw new DomainException(ErrorCode.QuoteNotInParagraph, 'A quote needs the paragraph it comes from.');
    return { sectionKey, paragraphKey: null, quote: null, quoteStart: null, quoteEnd: null, documentVersion: version.number };
  }
  const paragraph = await lookup.paragraph(version.id, paragraphKey);
  if (!paragraph || paragraph.sectionKey !== sectionKey) {
    throw new DomainException(ErrorCode.ParagraphNotFound, 'This section has no such paragraph.');
  }
  if (!quote) return { sectionKey, paragraphKey, quote: null, quoteStart: null, quoteEnd: null, documentVersion: version.number };
  const start = paragraph.text.indexOf(quote);
  if (start < 0) throw new DomainException(ErrorCode.QuoteNotInParagraph, 'The quoted passage does not occur in this paragraph.');
  return { sectionKey, paragraphKey, quote, quoteStart: start, quoteEnd: start + quote.length, documentVersion: version.number };
}
