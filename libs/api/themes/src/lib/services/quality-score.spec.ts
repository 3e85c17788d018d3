import { ThemeColour } from '@consulta/shared/contracts';
import { scoreCoding } from './quality-score';

const theme = (id: string) => ({ id, name: id, colour: '#1f5fa8' as ThemeColour });
const set = (...ids: string[]) => new Set(ids);

describe('scoreCoding', () => {
  it('computes per-theme and micro precision, recall and F1 on a hand-made case', () => {
    // Truth / predicted per comment:
    //   1: {a}    / {a}      a: tp
    //   2: {a}    / {b}      a: fn, b: fp
    //   3: {a, b} / {a, b}   a: tp, b: tp
    //   4: {}     / {b}      b: fp
    //   5: {b}    / {}       b: fn
    // a: tp 2, fp 0, fn 1 → P 1, R 2/3, F1 0.8;  b: tp 1, fp 2, fn 1 → P 1/3, R 1/2, F1 0.4;  c: nothing → nulls.
    const result = scoreCoding(
      's',
      6,
      [theme('a'), theme('b'), theme('c')],
      [
        { coded: set('a'), predicted: set('a') },
        { coded: set('a'), predicted: set('b') },
        { coded: set('a', 'b'), predicted: set('a', 'b') },
        { coded: set(), predicted: set('b') },
        { coded: set('b'), predicted: set() },
      ],
    );
    expect(result.coded).toBe(5);
    expect(result.sampleSize).toBe(6);
    const [a, b, c] = result.rows;
    expect([a.precision, a.recall, a.f1, a.support]).toEqual([1, 2 / 3, 0.8, 3]);
    expect(b.precision).toBeCloseTo(1 / 3, 10);
    expect([b.recall, b.support]).toEqual([0.5, 2]);
    expect(b.f1).toBeCloseTo(0.4, 10);
    expect([c.precision, c.recall, c.f1, c.support]).toEqual([null, null, null, 0]);
    expect(result.macroF1).toBeCloseTo(0.6, 10);
    // Micro: tp 3, fp 2, fn 2.
    expect(result.microPrecision).toBeCloseTo(0.6, 10);
    expect(result.microRecall).toBeCloseTo(0.6, 10);
    expect(result.microF1).toBeCloseTo(0.6, 10);
  });

  it('answers nulls when nothing is coded', () => {
    const result = scoreCoding('s', 3, [theme('a')], []);
    expect(result).toMatchObject({ coded: 0, macroF1: null, microPrecision: null, microRecall: null, microF1: null });
  });
});
