import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';

/** Reads of the consultation's current document that anchoring a comment needs. */
export interface DocumentAnchorLookup {
  currentVersion(consultationId: string): Promise<{ id: string; number: number } | null>;
  sectionExists(versionId: string, sectionKey: string): Promise<boolean>;
  paragraph(versionId: string, paragraphKey: string): Promise<{ text: string; sectionKey: string } | null>;
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
