import { DEFAULT_ALLOW_LIST } from './wordlists/allow';
import { DEFAULT_EN_LIST } from './wordlists/en';
import { DEFAULT_PL_LIST } from './wordlists/pl';
import { normalizeWord, runLength, scanRawWords } from './word-normalization';

/**
 * The word lists behind the profanity flag. Each entry is one line of the city-editable list text:
 *
 *   kurwa          the whole word (after folding case, diacritics and look-alike characters)
 *   fuck*          any word that begins with the stem: fucking, fucked
 *   *pierd*        the stem alone or after Polish verb prefixes (nie-, naj-, s-, wy-, za-, roz-, prze-, …):
 *                  pierdolić, spierdalaj, niedopierdolony, but not a word that merely contains it
 *   gówno prawda   a phrase: these words in a row (the last one may end with *)
 *   🖕             an entry without letters or digits is looked for as written
 *
 * `allow` lists words that are never flagged even when an entry would match them ("pieprz" the spice under
 * the stem *pieprz*, "duplikat" under dup*); it uses the same syntax.
 */
export interface FlagWordLists {
  readonly pl: readonly string[];
  readonly en: readonly string[];
  readonly allow: readonly string[];
}

/** The shipped lists as the editable text a city starts from (see wordlists/README.md for sources and licences). */
export function defaultFlagWordListTexts(): { readonly pl: string; readonly en: string; readonly allow: string } {
  return { pl: DEFAULT_PL_LIST, en: DEFAULT_EN_LIST, allow: DEFAULT_ALLOW_LIST };
}

let defaults: FlagWordLists | undefined;

/** The shipped, curated lists, parsed (once). */
export function defaultFlagWordLists(): FlagWordLists {
  if (!defaults) {
    const texts = defaultFlagWordListTexts();
    defaults = { pl: parseOrThrow(texts.pl, 'pl'), en: parseOrThrow(texts.en, 'en'), allow: parseOrThrow(texts.allow, 'allow') };
  }
  return defaults;
}

function parseOrThrow(text: string, name: string): string[] {
  const parsed = parseFlagWordList(text);
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0];
    throw new FlagWordListError(`The shipped ${name} list is invalid at line ${first.line}: ${first.message}`, parsed.problems);
  }
  return parsed.entries;
}

export interface FlagWordListProblem {
  /** 1-based line number in the text (for a FlagWordListError from TextFlagger: the entry's position in its list). */
  readonly line: number;
  readonly entry: string;
  readonly message: string;
}

export interface ParsedFlagWordList {
  /** Valid entries, duplicates (after normalisation) removed, in the order written. */
  readonly entries: string[];
  /** Lines that cannot be used; an editor should refuse to save a list that has any. */
  readonly problems: FlagWordListProblem[];
}

/** Thrown when a TextFlagger is given an entry that does not follow the list syntax. */
export class FlagWordListError extends Error {
  constructor(
    message: string,
    readonly problems: readonly FlagWordListProblem[],
  ) {
    super(message);
    this.name = 'FlagWordListError';
  }
}

export const MAX_ENTRY_LENGTH = 100;
export const MAX_PHRASE_WORDS = 8;
/** Shortest stem (letters, repeats collapsed): a shorter one would match too many ordinary words. */
export const MIN_STEM_LETTERS = 3;

/**
 * Parses the editable list text: one entry per line; `#` starts a comment (to the end of the line); blank lines
 * are ignored; spaces inside an entry are normalised.
 */
export function parseFlagWordList(text: string): ParsedFlagWordList {
  const entries: string[] = [];
  const problems: FlagWordListProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
    const hash = rawLine.indexOf('#');
    const entry = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim().replace(/\s+/g, ' ');
    if (!entry) return;
    const compiled = compileFlagEntry(entry);
    if (typeof compiled === 'string') {
      problems.push({ line: index + 1, entry, message: compiled });
      return;
    }
    if (seen.has(compiled.key)) return;
    seen.add(compiled.key);
    entries.push(entry);
  });
  return { entries, problems };
}

/** How one word of an entry is compared with a word of the text. */
export type EntryWordKind = 'word' | 'stem' | 'prefixed';

export interface EntryWord {
  readonly kind: EntryWordKind;
  /** Letters with repeats collapsed ("kurwa"). */
  readonly letters: string;
  /** Minimum repeat of each letter (a written word may repeat a letter more, never less). */
  readonly counts: readonly number[];
}

export type CompiledFlagEntry =
  | { readonly type: 'words'; readonly entry: string; readonly key: string; readonly words: readonly EntryWord[] }
  | { readonly type: 'symbol'; readonly entry: string; readonly key: string };

/** Compiles one entry, or returns why it cannot be used. */
export function compileFlagEntry(entry: string): CompiledFlagEntry | string {
  if (entry.length > MAX_ENTRY_LENGTH) return `An entry may be at most ${MAX_ENTRY_LENGTH} characters long.`;
  if (!/[\p{L}\p{N}]/u.test(entry)) {
    if (/\s/.test(entry) || entry.includes('*')) return 'An entry without letters must be a single symbol (for example an emoji).';
    return { type: 'symbol', entry, key: `symbol:${entry}` };
  }
  const prefixed = entry.startsWith('*');
  const stem = entry.endsWith('*');
  const core = entry.slice(prefixed ? 1 : 0, stem ? -1 : undefined);
  if (core.includes('*')) return 'A * may only end an entry (stem*) or surround a single stem (*stem*).';
  if (prefixed && !stem) return 'Write a stem after prefixes with a * on both sides: *stem*.';
  // Split exactly as the text is, so "a$$" stays one word (ass) and "g-spot" becomes the phrase "g spot".
  const pieces = scanRawWords(core).map((word) => word.raw);
  if (pieces.length === 0) return 'The entry has no letters.';
  if (prefixed && pieces.length > 1) return 'A *stem* entry must be a single word.';
  if (pieces.length > MAX_PHRASE_WORDS) return `A phrase may have at most ${MAX_PHRASE_WORDS} words.`;
  if (stem && !/[\p{L}\p{N}\p{M}]$/u.test(core)) return 'The * of a stem must follow a letter.';
  if (prefixed && !/^[\p{L}\p{N}]/u.test(core)) return 'The * before a stem must be followed by a letter.';
  const words = pieces.map((piece, index): EntryWord => {
    const kind: EntryWordKind = index < pieces.length - 1 || !stem ? 'word' : prefixed ? 'prefixed' : 'stem';
    return { kind, ...runLength(normalizeWord(piece)) };
  });
  if (words.length === 1 && words[0].kind === 'word' && words[0].counts.reduce((sum, count) => sum + count, 0) < 2) {
    return 'A single-word entry needs at least 2 letters.';
  }
  const last = words[words.length - 1];
  if (last.kind !== 'word' && last.letters.length < MIN_STEM_LETTERS) {
    return `A stem needs at least ${MIN_STEM_LETTERS} letters (a repeated letter counts once); a shorter one would match ordinary words.`;
  }
  const key = words.map((word) => `${word.kind}:${word.letters}:${word.counts.join('.')}`).join(' ');
  return { type: 'words', entry, key, words };
}
