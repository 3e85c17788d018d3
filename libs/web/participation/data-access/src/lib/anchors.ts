import { QUOTE_MAX_LENGTH } from '@consulta/shared/contracts';

/** Why a quoted passage cannot be sent; null when it is fine. */
export type QuoteProblem = 'empty' | 'tooLong' | 'notInParagraph';

/** The quote must occur verbatim in the paragraph (the server checks it too). */
export function quoteProblem(quote: string, paragraphText: string): QuoteProblem | null {
  if (quote.trim().length === 0) {
    return 'empty';
  }
  if (quote.length > QUOTE_MAX_LENGTH) {
    return 'tooLong';
  }
  return paragraphText.includes(quote) ? null : 'notInParagraph';
}

/** What a person asked to comment on from the reading view. */
export interface CommentAnchorRequest {
  sectionKey: string;
  paragraphKey: string | null;
  quote: string | null;
  /** Go straight to the "quote a passage" step (phones). */
  quoteStep?: boolean;
  /** Distinguishes two identical requests in a row (each opens the form again). */
  id: number;
}
