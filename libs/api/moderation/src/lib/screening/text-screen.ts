import { FlagReason } from '@consulta/shared/contracts';

/** One passage the text flagger found (the shape of @consulta/api/text-analysis TextFlag). */
export interface TextFinding {
  reason: FlagReason;
  detail: string;
  start: number;
  end: number;
  match: string;
}

/** A near-duplicate fingerprint with its locality-sensitive band keys. */
export interface TextFingerprint {
  /** Stored as JSON in moderation_items.fingerprint and given back to similarity(). */
  value: unknown;
  bandKeys: string[];
}

/**
 * What screening needs from text analysis, behind a token so the screening rules can be tested on their own
 * and the word lists swapped when an admin edits them. Implemented by TextAnalysisScreen.
 */
export interface TextScreen {
  flag(text: string): TextFinding[];
  /** Null when the text is too short to compare. */
  fingerprint(text: string): TextFingerprint | null;
  /** 0–1 similarity of two stored fingerprints. */
  similarity(a: unknown, b: unknown): number;
  /** Similarity from which two texts count as near-duplicates. */
  readonly nearDuplicateThreshold: number;
  /** Lower case, diacritics removed: the stored search text. */
  fold(text: string): string;
  /** From now on, flag profanity with these lists (entries already validated). */
  useWordLists(lists: { readonly pl: readonly string[]; readonly en: readonly string[]; readonly allow: readonly string[] }): void;
}

export const TEXT_SCREEN = Symbol('TEXT_SCREEN');
