/**
 * From a comment's text to the terms that describe its topic: language per comment, stop words out,
 * a stem per word (Polish, English or German rules), plus character n-grams of each word as a fallback for the
 * inflection the light stemmers miss ("ścieżek"/"ścieżka", "drodze"/"droga").
 */
import { foldDiacritics, tokenize } from '@consulta/api/text-analysis';
import { stemEnglish } from './stemmer-en';
import { stemGerman } from './stemmer-de';
import { stemPolish } from './stemmer-pl';
import { IntBuffer } from './sparse';
import { ALL_STOP_WORDS, LANGUAGE_MARKERS, STOP_WORDS, StopWordLanguage } from './stop-words';

export type Language = StopWordLanguage | 'unknown';

/** A word of the text reduced to its features; `surface` is the lower-case word as written (for readable keywords). */
export interface AnalyzedWord {
  /** Position in the analyzer's `words`. */
  readonly id: number;
  readonly surface: string;
  readonly stem: string;
  /** Character n-grams of the folded word with boundary marks, e.g. "^sci", "scie" … "zka$". */
  readonly grams: readonly string[];
}

export interface AnalyzerOptions {
  /** Lengths of the character n-grams taken from each word; empty for none. */
  readonly gramLengths: readonly number[];
}

export const DEFAULT_ANALYZER_OPTIONS: AnalyzerOptions = { gramLengths: [4] };

const POLISH_LETTERS = /[ąćęłńśźż]/;
const GERMAN_LETTERS = /[äöüß]/;
const DIGITS_ONLY = /^\d+$/;

/**
 * The language of a text from the stop words only one language has (and letters only one language uses);
 * "unknown" when nothing votes, e.g. a short title without function words.
 */
export function detectLanguage(text: string, foldedWords?: readonly string[]): Language {
  const words = foldedWords ?? tokenize(text).map((token) => foldDiacritics(token.lower));
  const lower = text.toLowerCase();
  const votes: Record<StopWordLanguage, number> = { pl: 0, en: 0, de: 0 };
  for (const word of words) {
    if (LANGUAGE_MARKERS.pl.has(word)) votes.pl++;
    else if (LANGUAGE_MARKERS.en.has(word)) votes.en++;
    else if (LANGUAGE_MARKERS.de.has(word)) votes.de++;
  }
  if (POLISH_LETTERS.test(lower)) votes.pl += 2;
  if (GERMAN_LETTERS.test(lower)) votes.de += 2;
  let best: Language = 'unknown';
  let bestVotes = 0;
  for (const language of ['pl', 'en', 'de'] as const) {
    if (votes[language] > bestVotes) {
      best = language;
      bestVotes = votes[language];
    }
  }
  return best;
}

function stem(folded: string, language: Language): string {
  switch (language) {
    case 'pl':
      return stemPolish(folded);
    case 'en':
      return stemEnglish(folded);
    case 'de':
      return stemGerman(folded);
    case 'unknown':
      return folded;
  }
}

interface WrittenForm {
  readonly lower: string;
  readonly folded: string;
  /** The analysis per language slot (LANGUAGE_SLOT); null for a stop word, undefined until needed. */
  readonly analysed: (AnalyzedWord | null | undefined)[];
}

const LANGUAGE_SLOT: Readonly<Record<Language, number>> = { pl: 0, en: 1, de: 2, unknown: 3 };

/** Letters and digits, with inner apostrophes and hyphens (the tokenizer of @consulta/api/text-analysis). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Analyses texts word by word, caching each distinct word per language (corpora repeat the same few thousand
 * words), and numbering the distinct analysed words (`words[id]`).
 * One analyzer per corpus; `fallbackLanguage` is used for texts whose language cannot be told.
 */
export class TextAnalyzer {
  /** Every distinct analysed word so far, by id. */
  readonly words: AnalyzedWord[] = [];
  /** Per written form (case kept): its lower-case and folded forms, and its analysis per language once known. */
  private readonly forms = new Map<string, WrittenForm>();
  /** Per language slot: lower-case word → its analysis (so "Park" and "park" are one word). */
  private readonly byLower = Array.from({ length: 4 }, () => new Map<string, AnalyzedWord | null>());
  private readonly tokens: WrittenForm[] = [];
  private readonly folded: string[] = [];

  constructor(
    private readonly options: AnalyzerOptions = DEFAULT_ANALYZER_OPTIONS,
    public fallbackLanguage: Language = 'unknown',
  ) {}

  private form(part: string): WrittenForm {
    let form = this.forms.get(part);
    if (!form) {
      const lower = part.toLowerCase().replace(/’/g, "'");
      form = { lower, folded: foldDiacritics(lower), analysed: [undefined, undefined, undefined, undefined] };
      this.forms.set(part, form);
    }
    return form;
  }

  /** Splits a text into words: hyphenated words into their parts; apostrophes kept for English contractions. */
  private split(text: string): void {
    this.tokens.length = 0;
    this.folded.length = 0;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
      const token = match[0];
      if (token.includes('-')) {
        for (const part of token.split('-')) this.push(this.form(part));
      } else this.push(this.form(token));
    }
  }

  private push(form: WrittenForm): void {
    this.tokens.push(form);
    this.folded.push(form.folded);
  }

  /** The language this analyzer would use for the text. */
  languageOf(text: string): Language {
    this.split(text);
    const detected = detectLanguage(text, this.folded);
    return detected === 'unknown' ? this.fallbackLanguage : detected;
  }

  analyze(text: string): AnalyzedWord[] {
    const ids: number[] = [];
    this.analyzeInto(text, ids);
    return ids.map((id) => this.words[id]);
  }

  /** Appends the ids of the text's words (stop words, numbers and one-letter words left out) to `ids`. */
  analyzeInto(text: string, ids: number[] | IntBuffer): void {
    this.split(text);
    const detected = detectLanguage(text, this.folded);
    const language = detected === 'unknown' ? this.fallbackLanguage : detected;
    const slot = LANGUAGE_SLOT[language];
    for (let i = 0; i < this.tokens.length; i++) {
      const form = this.tokens[i];
      let word = form.analysed[slot];
      if (word === undefined) {
        word = this.byLower[slot].get(form.lower);
        if (word === undefined) {
          word = this.analyzeWord(form.lower, form.folded, language);
          this.byLower[slot].set(form.lower, word);
        }
        form.analysed[slot] = word;
      }
      if (word) ids.push(word.id);
    }
  }

  private analyzeWord(lower: string, folded: string, language: Language): AnalyzedWord | null {
    const stopWords = language === 'unknown' ? ALL_STOP_WORDS : STOP_WORDS[language];
    if (stopWords.has(folded)) return null;
    let base = folded;
    if (base.includes("'")) {
      base = base.replace(/'s$/, '').replace(/'/g, '');
      if (stopWords.has(base)) return null;
    }
    if (base.length < 2 || DIGITS_ONLY.test(base)) return null;
    const surface = lower.replace(/'s$/, '');
    const stemmed = stem(base, language);
    const grams: string[] = [];
    const padded = `^${base}$`;
    for (const n of this.options.gramLengths) {
      for (let start = 0; start + n <= padded.length; start++) grams.push(padded.slice(start, start + n));
    }
    const word: AnalyzedWord = { id: this.words.length, surface, stem: stemmed, grams };
    this.words.push(word);
    return word;
  }
}
