import { adjustedRandIndex, labelScores, normalizedMutualInformation } from './metrics';

describe('adjustedRandIndex', () => {
  it('matches a hand-computed case', () => {
    // Contingency (truth × predicted): [[2, 1, 0], [0, 1, 2]]. Pair counts: index = C(2,2)+C(2,2) = 2,
    // rows C(3,2)+C(3,2) = 6, columns 3·C(2,2) = 3, expected = 6·3/C(6,2) = 1.2, max = (6+3)/2 = 4.5.
    // ARI = (2 − 1.2) / (4.5 − 1.2) = 0.8 / 3.3.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
  });

  it('matches a second hand-computed case with string labels', () => {
    // [[2,1,0],[0,2,1],[0,0,3]]: index = 1+1+3 = 5, rows 3·3 = 9, columns C(2,2)+C(3,2)+C(4,2) = 1+3+6 = 10,
    // expected = 9·10/36 = 2.5, max = 9.5 → (5 − 2.5)/(9.5 − 2.5) = 2.5/7.
    expect(adjustedRandIndex([...'aaabbbccc'], [...'xxyyyzzzz'])).toBeCloseTo(2.5 / 7, 12);
  });

  it('is 1 for the same grouping under other names and negative for an anti-correlated one', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], [7, 7, 3, 3, 9])).toBe(1);
    // index 0, rows 2, columns 2, expected 2·2/6, max 2 → (0 − 2/3)/(2 − 2/3) = −0.5
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('refuses groupings of different items', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow();
  });
});

describe('normalizedMutualInformation', () => {
  it('matches a hand-computed case (arithmetic normalisation)', () => {
    // p(cells) = 2/6, 1/6, 1/6, 2/6; I = 2·(1/3)·ln((1/3)/((1/2)(1/3))) + 2·(1/6)·ln((1/6)/((1/2)(1/3))) = (2/3)·ln 2.
    // H(truth) = ln 2, H(predicted) = ln 3 → NMI = (2/3)·ln 2 / ((ln 2 + ln 3)/2).
    const expected = ((2 / 3) * Math.log(2)) / ((Math.log(2) + Math.log(3)) / 2);
    expect(normalizedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(expected, 12);
  });

  it('is 1 for identical groupings, 0 for independent ones', () => {
    expect(normalizedMutualInformation(['x', 'x', 'y', 'z'], [1, 1, 2, 3])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });

  it('is 0 when one side is a single group and the other is not', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [5, 5, 5, 5])).toBe(0);
  });
});

describe('labelScores', () => {
  it('computes precision, recall and F1 per label, their macro mean and the micro F1', () => {
    const truth = [new Set(['a']), new Set(['a', 'b']), new Set(['b']), new Set(['c'])];
    const predicted = [new Set(['a']), new Set(['a']), new Set(['a']), new Set(['c', 'b'])];
    const { perLabel, macroF1, microF1 } = labelScores(truth, predicted, ['a', 'b', 'c']);
    // a: tp 2, fp 1, fn 0 → P 2/3, R 1, F1 4/5. b: tp 0, fp 1, fn 2 → 0. c: tp 1 → 1.
    expect(perLabel.map((scores) => [scores.label, scores.precision, scores.recall, scores.f1, scores.support])).toEqual([
      ['a', 2 / 3, 1, 4 / 5, 2],
      ['b', 0, 0, 0, 2],
      ['c', 1, 1, 1, 1],
    ]);
    expect(macroF1).toBeCloseTo((4 / 5 + 0 + 1) / 3, 12);
    // all: tp 3, fp 2, fn 2 → 6 / 10
    expect(microF1).toBeCloseTo(0.6, 12);
  });

  it('leaves out a label nobody has and nobody predicted', () => {
    const { perLabel } = labelScores([new Set(['a'])], [new Set(['a'])], ['a', 'unused']);
    expect(perLabel.map((scores) => scores.label)).toEqual(['a']);
  });
});
