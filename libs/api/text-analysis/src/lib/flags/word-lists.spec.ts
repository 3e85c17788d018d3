import { FlagReason } from '@consulta/shared/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextFlagger } from './text-flagger';
import { defaultFlagWordLists, defaultFlagWordListTexts, parseFlagWordList } from './word-lists';

const WORDLISTS = join(__dirname, 'wordlists');
const entriesOf = (file: string): string[] =>
  readFileSync(join(WORDLISTS, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

describe('parseFlagWordList', () => {
  it('reads one entry per line, skipping comments, blank lines and duplicates', () => {
    const parsed = parseFlagWordList('# header\nkurwa\n\n  KURWA  # same word\nfuck*   \ngówno   prawda\n*pierd*\n🖕\r\nkůrwa');
    expect(parsed).toEqual({ entries: ['kurwa', 'fuck*', 'gówno prawda', '*pierd*', '🖕'], problems: [] });
  });

  it('reports each unusable line with its number', () => {
    const parsed = parseFlagWordList(
      ['ok', 'ku*', 'f*ck', '*pierd', '* *', 'x'.repeat(101), 'a b c d e f g h i', '*two words*', 'a'].join('\n'),
    );
    expect(parsed.entries).toEqual(['ok']);
    expect(parsed.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'A stem needs at least 3 letters (a repeated letter counts once); a shorter one would match ordinary words.'],
      [3, 'A * may only end an entry (stem*) or surround a single stem (*stem*).'],
      [4, 'Write a stem after prefixes with a * on both sides: *stem*.'],
      [5, 'An entry without letters must be a single symbol (for example an emoji).'],
      [6, 'An entry may be at most 100 characters long.'],
      [7, 'A phrase may have at most 8 words.'],
      [8, 'A *stem* entry must be a single word.'],
      [9, 'A single-word entry needs at least 2 letters.'],
    ]);
  });

  it('splits entries into words exactly as it splits the text', () => {
    const flagger = new TextFlagger({ pl: [], en: ['a$$', 'g-spot'], allow: [] });
    expect(flagger.flag('a$$, ass, a, g spot, g-spot').map((flag) => flag.match)).toEqual(['a$$', 'ass', 'g spot', 'g-spot']);
  });
});

describe('shipped word lists', () => {
  it('parse without problems and can be edited from their text', () => {
    const texts = defaultFlagWordListTexts();
    for (const text of [texts.pl, texts.en, texts.allow]) expect(parseFlagWordList(text).problems).toEqual([]);
    const lists = defaultFlagWordLists();
    expect(lists.pl.length).toBeGreaterThan(300);
    expect(lists.en.length).toBeGreaterThan(200);
    expect(lists.allow).toContain('pieprz');
  });

  const flagger = new TextFlagger();
  const flagged = (entry: string): boolean => flagger.flag(entry).some((flag) => flag.reason === FlagReason.Profanity);
  const excludedPl = entriesOf('excluded-pl.txt');
  const excludedEn = entriesOf('excluded-en.txt');

  it('flag every upstream entry that the reviewed exclusion lists do not exclude', () => {
    const missed = (files: string[], excluded: string[]) =>
      files.flatMap((file) => entriesOf(`upstream/${file}`)).filter((entry) => !excluded.includes(entry) && !flagged(entry));
    expect(missed(['ldnoobw-pl.txt', 'ldnoobw-v2-pl-inflected.txt'], excludedPl)).toEqual([]);
    expect(missed(['ldnoobw-en.txt'], excludedEn)).toEqual([]);
  });

  it('flag none of the excluded upstream entries', () => {
    expect(excludedPl.filter(flagged)).toEqual([]);
    expect(excludedEn.filter(flagged)).toEqual([]);
  });

  it('exclude only entries that the upstream lists have', () => {
    const upstreamPl = new Set([...entriesOf('upstream/ldnoobw-pl.txt'), ...entriesOf('upstream/ldnoobw-v2-pl-inflected.txt')]);
    const upstreamEn = new Set(entriesOf('upstream/ldnoobw-en.txt'));
    expect(excludedPl.filter((entry) => !upstreamPl.has(entry))).toEqual([]);
    expect(excludedEn.filter((entry) => !upstreamEn.has(entry))).toEqual([]);
  });
});
