import { ModerationFlagDto, QueueFlagReason } from '@consulta/shared/contracts';

/** A run of an item's text: plain, or a flagged passage with the reasons that matched it. */
export interface TextSegment {
  text: string;
  /** Empty for plain text. */
  reasons: QueueFlagReason[];
  /** Offsets of the run in the text (for redaction of a flagged passage). */
  start: number;
  end: number;
}

/** A flag whose offsets still point at its match in `text` (offsets from before an edit or redaction are ignored). */
function locatedIn(text: string, flag: ModerationFlagDto): flag is ModerationFlagDto & { start: number; end: number } {
  if (flag.start === null || flag.end === null) return false;
  if (flag.start < 0 || flag.end > text.length || flag.start >= flag.end) return false;
  return flag.match === null || text.slice(flag.start, flag.end) === flag.match;
}

/**
 * Splits an item's text into plain and flagged runs, for <mark> highlighting as plain text (never HTML).
 * Overlapping passages are merged into one run that lists every reason.
 */
export function highlightSegments(text: string, flags: readonly ModerationFlagDto[]): TextSegment[] {
  const ranges = flags
    .filter((flag) => locatedIn(text, flag))
    .map((flag) => ({ start: flag.start, end: flag.end, reasons: [flag.reason] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; reasons: QueueFlagReason[] }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const reason of range.reasons) if (!last.reasons.includes(reason)) last.reasons.push(reason);
    } else {
      merged.push({ ...range, reasons: [...range.reasons] });
    }
  }
  const segments: TextSegment[] = [];
  let position = 0;
  for (const range of merged) {
    if (range.start > position) segments.push({ text: text.slice(position, range.start), reasons: [], start: position, end: range.start });
    segments.push({ text: text.slice(range.start, range.end), reasons: range.reasons, start: range.start, end: range.end });
    position = range.end;
  }
  if (position < text.length || segments.length === 0) {
    segments.push({ text: text.slice(position), reasons: [], start: position, end: text.length });
  }
  return segments;
}
