import { foldDiacritics } from '../normalize';

/**
 * How a written word is reduced before it is compared with the profanity lists, so that the usual ways of
 * dodging a filter do not work: case and diacritics ("KŮRWA", "gowno"), letters swapped for look-alike digits
 * and symbols ("kurw@", "sh1t", "a$$"), look-alike Cyrillic letters mixed into a Latin word, full-width or
 * "styled" Unicode letters, invisible characters and apostrophes inside the word. Repeated letters ("kuuurwa") are handled by the matcher.
 */

const SYMBOL_LETTERS: Readonly<Record<string, string>> = { '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e' };
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** Cyrillic letters that look like Latin ones (lower case, as toLowerCase leaves them). */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
};

const INVISIBLE = /[\p{Cf}'’]/gu;
/** Most words: nothing to fold or replace but the case. */
const PLAIN_ASCII_WORD = /^[A-Za-z]+$/;
const LATIN_LETTER = /[a-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const LETTER = /\p{L}/gu;
const DIGIT = /[0-9]/g;

/**
 * The comparable form of one word: folded, with look-alike digits and symbols turned into letters.
 * Digits count as letters only in a word that is mostly letters (at least two, and no fewer than digits),
 * so numbers, road names ("A4", "S7") and codes stay as written.
 */
export function normalizeWord(word: string): string {
  if (PLAIN_ASCII_WORD.test(word)) return word.toLowerCase();
  // NFKC first: full-width and "mathematical bold" letters (ｋｕｒｗａ, 𝐤𝐮𝐫𝐰𝐚) become plain ones.
  let folded = foldDiacritics(word.normalize('NFKC').replace(INVISIBLE, ''));
  if (CYRILLIC.test(folded) && LATIN_LETTER.test(folded)) {
    folded = folded.replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC_LOOKALIKES[letter] ?? letter);
  }
  folded = folded.replace(/[@$!|€]/g, (symbol) => SYMBOL_LETTERS[symbol] ?? symbol);
  const letters = folded.match(LETTER)?.length ?? 0;
  const digits = folded.match(DIGIT)?.length ?? 0;
  if (digits > 0 && letters >= 2 && letters >= digits) {
    folded = folded.replace(/[013457]/g, (digit) => DIGIT_LETTERS[digit] ?? digit);
  }
  return folded;
}

/**
 * The forms of a word worth looking up: its normal form and, when it contains a "1" or "|" (which stand for
 * "i" in "sh1t" but for "l" in "ku1wa"… rarely), the form with "l" instead.
 */
export function wordVariants(word: string): string[] {
  const normal = normalizeWord(word);
  if (!/[1|]/.test(word)) return [normal];
  const withL = normalizeWord(word.replace(/[1|]/g, 'l'));
  return withL === normal ? [normal] : [normal, withL];
}

/** A word as its letters with repeats collapsed ("kuuurwa" → "kurwa") and how often each letter was repeated. */
export interface RunLength {
  readonly letters: string;
  readonly counts: readonly number[];
}

export function runLength(word: string): RunLength {
  let letters = '';
  const counts: number[] = [];
  // UTF-16 units, like every index in this library (normalised words are letters of the basic plane anyway).
  for (let index = 0; index < word.length; index++) {
    const unit = word[index];
    if (index > 0 && word[index - 1] === unit) counts[counts.length - 1]++;
    else {
      letters += unit;
      counts.push(1);
    }
  }
  return { letters, counts };
}

/**
 * Letters, digits and invisible characters, with the symbols people put in place of letters ("kurw@", "sh!t",
 * "a$$"); a leading @, $ or € is kept too ("$hit"). Hyphens, dots and spaces separate words, so "Nowa-Huta"
 * is two words and "k.u.r.w.a" five single letters.
 */
const RAW_WORD = /[@$€]?[\p{L}\p{M}\p{N}\p{Cf}][\p{L}\p{M}\p{N}\p{Cf}@$!|'’€]*/gu;
/** "kurwa!!!", "fuckin'": marks after a word are punctuation, not part of it. */
const TRAILING_MARKS = /[!|'’]+$/u;

export interface RawWord {
  readonly start: number;
  readonly end: number;
  /** The word as written, trailing punctuation removed. */
  readonly raw: string;
}

/** Splits text into words the way both the text and the list entries are split for profanity matching. */
export function scanRawWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  for (const match of text.matchAll(RAW_WORD)) {
    const raw = match[0].replace(TRAILING_MARKS, '');
    if (raw) words.push({ start: match.index, end: match.index + raw.length, raw });
  }
  return words;
}
