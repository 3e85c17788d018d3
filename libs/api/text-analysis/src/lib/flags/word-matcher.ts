import { EntryWord } from './word-lists';
import { runLength, RunLength } from './word-normalization';

/**
 * Polish verb prefixes (folded), the ones profanity is built with: s-pierdalać, wy-jebać, za-jebisty,
 * prze-srane, roz-pierdolić, od-pieprz, w-kurwić, u-dupić … A *stem* entry matches the stem after up to two
 * of these, optionally preceded by the negation nie- or the superlative naj- (niedopierdolony, najzajebistszy).
 */
const VERB_PREFIXES = [
  'do',
  'na',
  'nad',
  'nade',
  'o',
  'ob',
  'obe',
  'od',
  'ode',
  'po',
  'pod',
  'pode',
  'prze',
  'przy',
  'przed',
  'roz',
  'roze',
  's',
  'u',
  'w',
  'we',
  'wy',
  'wz',
  'ws',
  'z',
  'za',
  'ze',
];

/** Every allowed prefix chain, as collapsed letters (the form the matcher compares). */
const PREFIX_CHAINS: ReadonlySet<string> = (() => {
  const chains = new Set<string>();
  for (const lead of ['', 'nie', 'naj', 'nienaj']) {
    chains.add(lead);
    for (const first of VERB_PREFIXES) {
      chains.add(lead + first);
      for (const second of VERB_PREFIXES) chains.add(lead + first + second);
    }
  }
  chains.delete('');
  return new Set([...chains].map((chain) => runLength(chain).letters));
})();
const LONGEST_CHAIN = Math.max(...[...PREFIX_CHAINS].map((chain) => chain.length));

/**
 * True when the written word repeats each letter of `entry` as often, or stretches it to three or more
 * ("kuuurwa", "fuuuck", "asss"), from `offset` on. A letter merely doubled does not count as stretched:
 * "Bonner" is not "boner", "Shiite" is not "shit".
 */
function repeatsAtLeast(word: RunLength, entry: EntryWord, offset: number): boolean {
  const last = entry.counts.length - 1;
  for (let index = 0; index <= last; index++) {
    const written = word.counts[offset + index];
    const listed = entry.counts[index];
    if (written === listed) continue;
    // A stem's last letter may continue into the rest of the word: shit* → "shitting".
    if (written > listed && (written >= 3 || (index === last && entry.kind !== 'word'))) continue;
    return false;
  }
  return true;
}

/** Whether one written word (normalised, run-length encoded) matches one entry word. */
export function entryWordMatches(entry: EntryWord, word: RunLength): boolean {
  switch (entry.kind) {
    case 'word':
      return word.letters === entry.letters && repeatsAtLeast(word, entry, 0);
    case 'stem':
      return word.letters.startsWith(entry.letters) && repeatsAtLeast(word, entry, 0);
    case 'prefixed':
      for (let offset = 0; offset <= Math.min(LONGEST_CHAIN, word.letters.length - entry.letters.length); offset++) {
        if (offset > 0 && !PREFIX_CHAINS.has(word.letters.slice(0, offset))) continue;
        if (word.letters.startsWith(entry.letters, offset) && repeatsAtLeast(word, entry, offset)) return true;
      }
      return false;
  }
}

/** Single-word entries indexed for lookup by a written word in time proportional to its length. */
export class WordMatcher<T extends { readonly word: EntryWord }> {
  private readonly words = new Map<string, T[]>();
  private readonly stems = new Map<string, T[]>();
  private readonly prefixed = new Map<string, T[]>();
  /** Distinct stem lengths, longest first: the only prefix lengths worth looking up. */
  private stemLengths: number[] = [];
  private prefixedLengths: number[] = [];

  add(item: T): void {
    const { kind, letters } = item.word;
    const index = kind === 'word' ? this.words : kind === 'stem' ? this.stems : this.prefixed;
    const list = index.get(letters);
    if (list) list.push(item);
    else index.set(letters, [item]);
    if (kind === 'stem') this.stemLengths = [...new Set([...this.stemLengths, letters.length])].sort((a, b) => b - a);
    if (kind === 'prefixed') this.prefixedLengths = [...new Set([...this.prefixedLengths, letters.length])].sort((a, b) => b - a);
  }

  /** The first entry matching the word (exact words first, then stems, then stems after prefixes). */
  match(word: RunLength): T | undefined {
    const { letters } = word;
    const exact = this.words.get(letters)?.find((item) => repeatsAtLeast(word, item.word, 0));
    if (exact) return exact;
    for (const length of this.stemLengths) {
      if (length > letters.length) continue;
      const found = this.stems.get(letters.slice(0, length))?.find((item) => repeatsAtLeast(word, item.word, 0));
      if (found) return found;
    }
    if (this.prefixedLengths.length === 0) return undefined;
    for (let offset = 0; offset <= Math.min(LONGEST_CHAIN, letters.length - 1); offset++) {
      if (offset > 0 && !PREFIX_CHAINS.has(letters.slice(0, offset))) continue;
      for (const length of this.prefixedLengths) {
        if (offset + length > letters.length) continue;
        const found = this.prefixed.get(letters.slice(offset, offset + length))?.find((item) => repeatsAtLeast(word, item.word, offset));
        if (found) return found;
      }
    }
    return undefined;
  }
}
