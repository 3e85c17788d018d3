import { foldDiacritics, tokenize } from './normalize';

describe('foldDiacritics', () => {
  it('folds every Polish letter and lower-cases', () => {
    expect(foldDiacritics('ZAŻÓŁĆ gęślą jaźń Łódź')).toBe('zazolc gesla jazn lodz');
  });

  it('folds other Latin diacritics through decomposition', () => {
    expect(foldDiacritics('Café Müller')).toBe('cafe muller');
  });
});

describe('tokenize', () => {
  it('returns words with their offsets and keeps inner hyphens and apostrophes', () => {
    const text = 'Nowa-Huta, don’t — 2026 r.!';
    expect(tokenize(text).map((token) => [token.text, token.start, token.end])).toEqual([
      ['Nowa-Huta', 0, 9],
      ['don’t', 11, 16],
      ['2026', 19, 23],
      ['r', 24, 25],
    ]);
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps Polish letters inside words', () => {
    expect(tokenize('Źródło: żółw').map((token) => token.lower)).toEqual(['źródło', 'żółw']);
  });
});
