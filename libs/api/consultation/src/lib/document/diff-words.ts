import { WordDiffPartDto } from '@consulta/shared/contracts';
import { diffWordsWithSpace } from 'diff';

/**
 * Beyond this many inserted plus deleted tokens a word diff stops being readable (and Myers' algorithm gets slow on
 * 20,000-character paragraphs): the paragraph is then shown as replaced whole.
 */
export const MAX_WORD_EDITS = 400;

/**
 * The word-level diff of two texts. Words, spaces and punctuation are separate tokens (diacritics are letters), so
 * joining the `equal` and `delete` parts gives `before` back exactly, and the `equal` and `insert` parts give `after`.
 * Adjacent parts of the same kind are merged; a deletion comes before the insertion that replaces it.
 */
export function diffWords(before: string, after: string): WordDiffPartDto[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  const parts: WordDiffPartDto[] = changes
    ? changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }))
    : [
        { op: 'delete', text: before },
        { op: 'insert', text: after },
      ];
  return mergeParts(parts);
}

/**
 * Drops empty parts and gathers each run of edits between two equal parts into one deletion, then one insertion.
 * Whitespace alone between two edits joins both ("~~dwa trzy~~ DWA TRZY", not "~~dwa~~ DWA ~~trzy~~ TRZY").
 */
function mergeParts(parts: WordDiffPartDto[]): WordDiffPartDto[] {
  const merged: WordDiffPartDto[] = [];
  let deleted = '';
  let inserted = '';
  const flushEdits = (): void => {
    if (deleted) merged.push({ op: 'delete', text: deleted });
    if (inserted) merged.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else if ((deleted || inserted) && next && next.op !== 'equal' && /^\s+$/.test(part.text)) {
      deleted += part.text;
      inserted += part.text;
    } else if (part.text !== '') {
      flushEdits();
      const last = merged[merged.length - 1];
      if (last?.op === 'equal') last.text += part.text;
      else merged.push({ op: 'equal', text: part.text });
    }
  });
  flushEdits();
  return merged;
}

/** The text a word diff was made from (`before`) or to (`after`). */
export function joinWordDiff(parts: WordDiffPartDto[], side: 'before' | 'after'): string {
  const skipped = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((part) => part.op !== skipped)
    .map((part) => part.text)
    .join('');
}
