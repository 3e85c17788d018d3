import { FlagReason, PersonalDataKind } from '@consulta/shared/contracts';

/** Which shipped (or city-edited) word list a profanity flag came from. */
export type ProfanityLanguage = 'pl' | 'en';

/** What exactly was found: the personal-data kind, 'url' for links, the list's language for profanity. */
export type TextFlagDetail = PersonalDataKind | ProfanityLanguage | 'url';

/** One automatic flag on a submission, with the exact place in the text (staff redaction relies on the offsets). */
export interface TextFlag {
  readonly reason: FlagReason;
  readonly detail: TextFlagDetail;
  /** UTF-16 offset of the first flagged character in the original text. */
  readonly start: number;
  /** UTF-16 offset just after the last flagged character: `text.slice(start, end) === match`. */
  readonly end: number;
  /** The text matched, as written. */
  readonly match: string;
}

/** Builds a flag for `text.slice(start, end)`. */
export function textFlag(text: string, reason: FlagReason, detail: TextFlagDetail, start: number, end: number): TextFlag {
  return { reason, detail, start, end, match: text.slice(start, end) };
}

/**
 * Keeps, of overlapping flags, the one listed first in `flags` (callers order by priority); returns them by position.
 * Flags that merely touch (one ends where the next starts) do not overlap.
 */
export function withoutOverlaps(flags: readonly TextFlag[]): TextFlag[] {
  const kept: TextFlag[] = [];
  for (const flag of flags) {
    if (!kept.some((other) => flag.start < other.end && other.start < flag.end)) kept.push(flag);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
