import { foldDiacritics } from '@consulta/api/text-analysis';
import { stemEnglish } from './stemmer-en';
import { stemGerman } from './stemmer-de';
import { stemPolish } from './stemmer-pl';

describe('stemEnglish (Porter)', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['generalizations', 'gener'],
    ['electricity', 'electr'],
    ['adjustment', 'adjust'],
    ['controlling', 'control'],
    ['roll', 'roll'],
  ])('%s → %s (examples from Porter 1980)', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it('conflates the forms of one word', () => {
    expect(new Set(['connect', 'connected', 'connecting', 'connection', 'connections'].map(stemEnglish))).toEqual(new Set(['connect']));
    expect(new Set(['policing', 'police', 'policed'].map(stemEnglish))).toEqual(new Set(['polic']));
  });
});

describe('stemPolish', () => {
  const stem = (word: string) => stemPolish(foldDiacritics(word));

  it.each([
    [['ścieżka', 'ścieżki', 'ścieżką', 'ścieżkę', 'sciezka'], 'sciezk'],
    [['park', 'parku', 'parki', 'parkiem', 'parkach', 'parków'], 'park'],
    [['rower', 'rowery', 'rowerów', 'rowerze', 'rowerowa', 'rowerowych'], 'rower'],
    [['drzewo', 'drzewa', 'drzew', 'drzewami'], 'drzew'],
    [['ulica', 'ulicy', 'ulicę', 'ulic', 'ulicach'], 'ulic'],
    [['oświetlenie', 'oświetlenia', 'oświetleniem'], 'oswietl'],
    [['budowa', 'budowy', 'budowę', 'budować'], 'bud'],
  ])('conflates %j at %s', (words, expected) => {
    expect(new Set(words.map(stem))).toEqual(new Set([expected]));
  });

  it('keeps short words and distinct words apart', () => {
    expect(stem('las')).toBe('las');
    expect(stem('dom')).toBe('dom');
    expect(stem('szkoła')).not.toBe(stem('sklep'));
  });
});

describe('stemGerman', () => {
  it('removes one plural or case ending', () => {
    expect(stemGerman('klimaschutzes')).toBe('klimaschutz');
    expect(stemGerman('straßen')).toBe('strass');
    expect(stemGerman('straße')).toBe('strass');
    expect(stemGerman('haus')).toBe('haus');
  });
});
