import { FlagReason } from '@consulta/shared/contracts';
import { ProfanityLanguage, TextFlag, textFlag, withoutOverlaps } from './text-flag';
import { compileFlagEntry, EntryWord, FlagWordListError, FlagWordListProblem, FlagWordLists } from './word-lists';
import { entryWordMatches, WordMatcher } from './word-matcher';
import { runLength, RunLength, scanRawWords, wordVariants } from './word-normalization';

interface ListedWord {
  readonly word: EntryWord;
  readonly language: ProfanityLanguage | null;
}

interface ListedPhrase {
  readonly words: readonly EntryWord[];
  readonly language: ProfanityLanguage | null;
}

interface ListedSymbol {
  readonly symbol: string;
  readonly language: ProfanityLanguage;
}

/** A word of the text as the scanner sees it: letters and digits, with look-alike symbols kept inside it. */
interface ScannedWord {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly forms: readonly RunLength[];
}

const INNER_SYMBOLS = /[@$!|€]/u;
const SYMBOL_SPLIT = /[\p{L}\p{M}\p{N}\p{Cf}'’]+/gu;
/** What may separate the letters of a spaced-out word ("k u r w a", "k.u.r.w.a", "k-u-r-w-a", "k_u_r_w_a"). */
const SPACED_GAP = /^[^\p{L}\p{N}\n]{1,3}$/u;
/** What may separate the words of a phrase. */
const PHRASE_GAP = /^[^\p{L}\p{N}\n]{1,3}$/u;
const MIN_SPACED_LETTERS = 3;
/** Longest spaced-out word looked for ("m o t h e r f u c k e r" is 12); also bounds the work on a long run. */
const MAX_SPACED_LETTERS = 16;

/**
 * Finds profanity and slurs from the Polish and English lists, whole words only: "analiza", "Sussex",
 * "pasta" or "Nowa Huta" never match because an entry must cover a whole written word (or a stem must
 * start it, possibly after Polish verb prefixes). See FlagWordLists for the entry syntax.
 */
export class ProfanityDetector {
  private readonly deny = new WordMatcher<ListedWord>();
  private readonly allow = new WordMatcher<ListedWord>();
  private readonly denyPhrases = new Map<string, ListedPhrase[]>();
  private readonly allowPhrases = new Map<string, ListedPhrase[]>();
  private readonly denySymbols: ListedSymbol[] = [];

  constructor(lists: FlagWordLists) {
    const problems: FlagWordListProblem[] = [];
    const add = (entries: readonly string[], language: ProfanityLanguage | null): void => {
      entries.forEach((entry, index) => {
        const compiled = compileFlagEntry(entry);
        if (typeof compiled === 'string') {
          problems.push({ line: index + 1, entry, message: compiled });
          return;
        }
        const allowed = language === null;
        if (compiled.type === 'symbol') {
          if (language) this.denySymbols.push({ symbol: compiled.entry, language });
          return;
        }
        if (compiled.words.length === 1) {
          (allowed ? this.allow : this.deny).add({ word: compiled.words[0], language });
          return;
        }
        const phrases = allowed ? this.allowPhrases : this.denyPhrases;
        const first = compiled.words[0].letters;
        phrases.set(first, [...(phrases.get(first) ?? []), { words: compiled.words, language }]);
      });
    };
    add(lists.pl, 'pl');
    add(lists.en, 'en');
    add(lists.allow, null);
    if (problems.length > 0) {
      throw new FlagWordListError(`Invalid word list entry "${problems[0].entry}": ${problems[0].message}`, problems);
    }
  }

  find(text: string): TextFlag[] {
    const words = scanWords(text);
    const allowedSpans = this.phraseMatches(text, words, this.allowPhrases);
    const found: TextFlag[] = this.phraseMatches(text, words, this.denyPhrases).flatMap(({ start, end, language }) =>
      language ? [textFlag(text, FlagReason.Profanity, language, start, end)] : [],
    );
    found.push(...this.symbolFlags(text));
    for (const word of words) found.push(...this.wordFlags(text, word));
    found.push(...this.spacedOutFlags(text, words));
    const kept = found.filter((flag) => !allowedSpans.some((span) => flag.start < span.end && span.start < flag.end));
    // Longest first, so a phrase wins over the word inside it.
    return withoutOverlaps(kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start));
  }

  /** The language of the deny entry matching this written form, undefined if none (or if it is allowed). */
  private lookUp(forms: readonly RunLength[]): ProfanityLanguage | undefined {
    for (const form of forms) {
      const found = this.deny.match(form);
      if (found?.language) return forms.some((allowed) => this.allow.match(allowed)) ? undefined : found.language;
    }
    return undefined;
  }

  private wordFlags(text: string, word: ScannedWord): TextFlag[] {
    const language = this.lookUp(word.forms);
    if (language) return [textFlag(text, FlagReason.Profanity, language, word.start, word.end)];
    if (!INNER_SYMBOLS.test(word.raw)) return [];
    // "jan@kurwa" is not a disguised word: look at the pieces between the symbols too.
    const flags: TextFlag[] = [];
    for (const piece of word.raw.matchAll(SYMBOL_SPLIT)) {
      if (piece[0].length === word.raw.length) continue;
      const pieceLanguage = this.lookUp(wordVariants(piece[0]).map(runLength));
      const start = word.start + piece.index;
      if (pieceLanguage) flags.push(textFlag(text, FlagReason.Profanity, pieceLanguage, start, start + piece[0].length));
    }
    return flags;
  }

  /** "k u r w a", "k.u.r.w.a", "f-u-c-k": runs of single characters joined back into a word. */
  private spacedOutFlags(text: string, words: readonly ScannedWord[]): TextFlag[] {
    const flags: TextFlag[] = [];
    let runStart = 0;
    while (runStart < words.length) {
      let runEnd = runStart;
      while (
        runEnd < words.length &&
        words[runEnd].raw.length === 1 &&
        (runEnd === runStart || SPACED_GAP.test(text.slice(words[runEnd - 1].end, words[runEnd].start)))
      ) {
        runEnd++;
      }
      if (runEnd - runStart >= MIN_SPACED_LETTERS) flags.push(...this.spacedOutInRun(text, words.slice(runStart, runEnd)));
      runStart = Math.max(runEnd, runStart + 1);
    }
    return flags;
  }

  private spacedOutInRun(text: string, run: readonly ScannedWord[]): TextFlag[] {
    const flags: TextFlag[] = [];
    // Long runs ("a a a a …", "1.1.1.1 …") repeat the same joined strings: look each up once.
    const looked = new Map<string, ProfanityLanguage | undefined>();
    const lookUpJoined = (joined: string): ProfanityLanguage | undefined => {
      if (!looked.has(joined)) looked.set(joined, this.lookUp(wordVariants(joined).map(runLength)));
      return looked.get(joined);
    };
    // Every word of a run is one character, so the run's characters index like its words.
    const letters = run.map((word) => word.raw).join('');
    let first = 0;
    while (first <= run.length - MIN_SPACED_LETTERS) {
      let matchedLast = -1;
      let language: ProfanityLanguage | undefined;
      // A spaced-out word starts with a letter (digits stand for letters only inside a word).
      const longest = /\p{L}/u.test(run[first].raw) ? Math.min(run.length - 1, first + MAX_SPACED_LETTERS - 1) : -1;
      for (let last = longest; last >= first + MIN_SPACED_LETTERS - 1 && matchedLast < 0; last--) {
        language = lookUpJoined(letters.slice(first, last + 1));
        if (language) matchedLast = last;
      }
      if (language && matchedLast >= 0) {
        flags.push(textFlag(text, FlagReason.Profanity, language, run[first].start, run[matchedLast].end));
        first = matchedLast + 1;
      } else first++;
    }
    return flags;
  }

  private phraseMatches(
    text: string,
    words: readonly ScannedWord[],
    phrases: ReadonlyMap<string, ListedPhrase[]>,
  ): { start: number; end: number; language: ProfanityLanguage | null }[] {
    const spans: { start: number; end: number; language: ProfanityLanguage | null }[] = [];
    if (phrases.size === 0) return spans;
    words.forEach((word, index) => {
      const candidates = new Set(word.forms.flatMap((form) => phrases.get(form.letters) ?? []));
      for (const phrase of candidates) {
        const length = phrase.words.length;
        if (index + length > words.length) continue;
        const matches = phrase.words.every((entryWord, offset) => {
          const written = words[index + offset];
          if (offset > 0 && !PHRASE_GAP.test(text.slice(words[index + offset - 1].end, written.start))) return false;
          return written.forms.some((form) => entryWordMatches(entryWord, form));
        });
        if (matches) spans.push({ start: word.start, end: words[index + length - 1].end, language: phrase.language });
      }
    });
    return spans;
  }

  private symbolFlags(text: string): TextFlag[] {
    const flags: TextFlag[] = [];
    for (const { symbol, language } of this.denySymbols) {
      for (let at = text.indexOf(symbol); at >= 0; at = text.indexOf(symbol, at + symbol.length)) {
        flags.push(textFlag(text, FlagReason.Profanity, language, at, at + symbol.length));
      }
    }
    return flags;
  }
}

function scanWords(text: string): ScannedWord[] {
  return scanRawWords(text).map((word) => ({ ...word, forms: wordVariants(word.raw).map(runLength) }));
}
