import { Stance, THEME_COLOURS } from '@consulta/shared/contracts';
import { describeStanceSplit, formatPercent, formatScore, isThemeColour, nextFreeColour, stanceShares } from './theme-format';

const counts = (support: number, oppose: number, change: number, neutral: number) => ({
  [Stance.Support]: support,
  [Stance.Oppose]: oppose,
  [Stance.ProposesChange]: change,
  [Stance.Neutral]: neutral,
});

describe('formatPercent', () => {
  it('rounds to whole percent in the reader’s language', () => {
    expect(formatPercent(0.876, 'en')).toBe('88%');
    expect(formatPercent(0.876, 'pl')).toMatch(/^88\s?%$/);
  });

  it('clamps to 0..100 and shows a dash for unknown values', () => {
    expect(formatPercent(1.4, 'en')).toBe('100%');
    expect(formatPercent(-0.2, 'en')).toBe('0%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'pl')).toBe('—');
  });
});

describe('formatScore', () => {
  it('shows two decimals with the language’s separator', () => {
    expect(formatScore(0.8333, 'en')).toBe('0.83');
    expect(formatScore(0.8333, 'pl')).toBe('0,83');
    expect(formatScore(1, 'pl')).toBe('1,00');
  });

  it('shows a dash when the score is undefined (no support)', () => {
    expect(formatScore(null, 'pl')).toBe('—');
  });
});

describe('stanceShares', () => {
  it('orders stances for, against, change, neutral with fractions and offsets that add up', () => {
    const { total, shares } = stanceShares(counts(5, 3, 2, 0));
    expect(total).toBe(10);
    expect(shares.map((share) => share.stance)).toEqual([Stance.Support, Stance.Oppose, Stance.ProposesChange, Stance.Neutral]);
    expect(shares.map((share) => share.fraction)).toEqual([0.5, 0.3, 0.2, 0]);
    expect(shares.map((share) => share.offset)).toEqual([0, 0.5, 0.8, 1]);
  });

  it('gives zero shares (not NaN) when there are no comments', () => {
    const { total, shares } = stanceShares(counts(0, 0, 0, 0));
    expect(total).toBe(0);
    expect(shares.every((share) => share.fraction === 0 && share.offset === 0)).toBe(true);
  });
});

describe('describeStanceSplit', () => {
  it('writes the split as text with counts and percentages', () => {
    const label = (stance: Stance) => stance.toUpperCase();
    expect(describeStanceSplit(counts(1, 1, 0, 2), label, 'en')).toBe(
      'SUPPORT: 1 (25%), OPPOSE: 1 (25%), PROPOSES_CHANGE: 0 (0%), NEUTRAL: 2 (50%)',
    );
  });
});

describe('nextFreeColour', () => {
  it('picks the first palette colour not used yet', () => {
    expect(nextFreeColour([])).toBe(THEME_COLOURS[0]);
    expect(nextFreeColour([THEME_COLOURS[0], THEME_COLOURS[2]])).toBe(THEME_COLOURS[1]);
  });

  it('starts again at the first colour once all are used', () => {
    expect(nextFreeColour([...THEME_COLOURS])).toBe(THEME_COLOURS[0]);
  });

  it('recognises palette colours only', () => {
    expect(isThemeColour(THEME_COLOURS[3])).toBe(true);
    expect(isThemeColour('#000000')).toBe(false);
    expect(isThemeColour(undefined)).toBe(false);
  });
});
