import { detectLanguage, TextAnalyzer } from './analyzer';

describe('detectLanguage', () => {
  it.each([
    ['Budowa ścieżki rowerowej w parku przy ulicy', 'pl'],
    ['Prosze o wiecej zieleni i lawek, bo jest za goraco', 'pl'],
    ['We need more trees in the park and fewer cars', 'en'],
    ['Wir brauchen mehr Bäume und weniger Autos in der Stadt', 'de'],
    ['Park Jordana', 'unknown'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('TextAnalyzer', () => {
  it('drops stop words, numbers and one-letter words, stems, and keeps the written form', () => {
    const words = new TextAnalyzer({ gramLengths: [] }).analyze('Nowe ścieżki rowerowe w 2026 r. i więcej drzew na Kazimierzu!');
    expect(words.map((word) => [word.surface, word.stem])).toEqual([
      ['nowe', 'now'],
      ['ścieżki', 'sciezk'],
      ['rowerowe', 'rower'],
      ['drzew', 'drzew'],
      ['kazimierzu', 'kazimierz'],
    ]);
  });

  it('stems English with Porter and splits hyphenated words', () => {
    const words = new TextAnalyzer({ gramLengths: [] }).analyze("The city's cycle-lanes are connecting neighbourhoods");
    expect(words.map((word) => word.stem)).toEqual(['citi', 'cycl', 'lane', 'connect', 'neighbourhood']);
  });

  it('uses the fallback language for texts that do not tell', () => {
    const analyzer = new TextAnalyzer({ gramLengths: [] }, 'pl');
    expect(analyzer.analyze('Ścieżki rowerowe').map((word) => word.stem)).toEqual(['sciezk', 'rower']);
  });

  it('makes boundary-marked character n-grams of the folded word', () => {
    const [word] = new TextAnalyzer({ gramLengths: [4] }, 'pl').analyze('Łąka');
    expect(word.grams).toEqual(['^lak', 'laka', 'aka$']);
  });

  it('numbers each distinct word once', () => {
    const analyzer = new TextAnalyzer({ gramLengths: [] }, 'pl');
    const ids: number[] = [];
    analyzer.analyzeInto('park park PARK parku', ids);
    expect(ids).toEqual([0, 0, 0, 1]);
    expect(analyzer.words.map((word) => word.surface)).toEqual(['park', 'parku']);
  });
});
