/** Lower-case words (letters and digits of any script), NFC-normalised: punctuation and Markdown marks do not count. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Text compared for "the same paragraph": words only, single-spaced. */
export function normalizeText(text: string): string {
  return words(text).join(' ');
}

export type WordBag = Map<string, number>;

export function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const word of words(text)) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function size(bag: WordBag): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

/**
 * Sørensen–Dice coefficient over word multisets, 0..1: 2·|A∩B| / (|A|+|B|). Word-level, so
 * it is cheap enough for every pair of a 500-paragraph document and ignores re-wrapping; one
 * changed word in a 20-word paragraph scores 0.95, in a 3-word list item 0.67.
 */
export function similarity(a: WordBag, b: WordBag): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / total;
}
