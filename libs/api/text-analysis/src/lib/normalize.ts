/**
 * Text normalisation shared by the moderation flagger, near-duplicate detection, theme grouping and search.
 * Polish first: diacritics are folded (ą→a, ł→l, ż→z …) only where a caller asks for it, because they
 * carry meaning for stemming but are often left out by people typing on phones.
 */

const FOLD: Readonly<Record<string, string>> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

/** Anything but printable ASCII, tabs and line breaks: only such text can carry a diacritic. */
const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower-cases and removes diacritics (Polish letters explicitly, others through Unicode decomposition). */
export function foldDiacritics(text: string): string {
  const polishFolded = text.toLowerCase().replace(/[ąćęłńóśźż]/g, (letter) => FOLD[letter] ?? letter);
  // Unicode decomposition is the slow part: skip it when nothing else could carry a diacritic.
  return NON_ASCII.test(polishFolded) ? polishFolded.normalize('NFD').replace(/\p{Mn}/gu, '') : polishFolded;
}

export interface Token {
  /** The word as written (original case and diacritics). */
  readonly text: string;
  /** Lower-case form with diacritics kept. */
  readonly lower: string;
  /** UTF-16 offset of the first character in the input. */
  readonly start: number;
  /** UTF-16 offset just after the last character. */
  readonly end: number;
}

/** Letters and digits, with inner apostrophes and hyphens kept inside a word ("don't", "Nowa-Huta"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Splits text into words with their positions; punctuation, symbols and whitespace separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}
