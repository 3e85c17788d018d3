import { axisTicks, columns, horizontalBars, niceCeiling, shareOf, truncateLabel } from './chart-scale';

describe('niceCeiling', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [25, 25],
    [26, 50],
    [100, 100],
    [101, 200],
    [99_999, 100_000],
  ])('rounds %d up to %d', (max, expected) => {
    expect(niceCeiling(max)).toBe(expected);
  });

  it('treats a non-finite maximum as an empty series', () => {
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe('axisTicks', () => {
  it('divides the nice maximum into whole-number steps', () => {
    expect(axisTicks(80)).toEqual([0, 25, 50, 75, 100]);
    expect(axisTicks(10)).toEqual([0, 5, 10]);
    expect(axisTicks(2)).toEqual([0, 1, 2]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it('never prints fractional counts', () => {
    for (const max of [1, 3, 5, 7, 13, 25, 333, 4999]) {
      expect(axisTicks(max).every(Number.isInteger)).toBe(true);
      expect(axisTicks(max).length).toBeLessThanOrEqual(5);
    }
  });
});

describe('shareOf', () => {
  it('gives percent with one decimal and 0 for an empty total', () => {
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf(2, 3)).toBe(66.7);
    expect(shareOf(5, 5)).toBe(100);
    expect(shareOf(3, 0)).toBe(0);
  });
});

describe('horizontalBars', () => {
  const data = [
    { key: 'online', label: 'przez platformę', count: 40 },
    { key: 'paper', label: 'pismo', count: 10 },
    { key: 'email', label: 'e-mail', count: 0 },
  ];

  it('scales the largest count to the full plot and the rest in proportion', () => {
    const chart = horizontalBars(data, { width: 300, valueRoom: 50, rowHeight: 40 });
    expect(chart.bars.map((bar) => bar.barWidth)).toEqual([250, 62.5, 0]);
    expect(chart.height).toBe(120);
    expect(chart.bars.map((bar) => bar.y)).toEqual([0, 40, 80]);
    // The count is written after its bar, inside the chart.
    expect(chart.bars[0].valueX).toBeLessThan(300);
  });

  it('draws an all-zero series without dividing by zero', () => {
    const chart = horizontalBars([{ key: 'a', label: 'A', count: 0 }]);
    expect(chart.bars[0].barWidth).toBe(0);
    expect(Number.isFinite(chart.bars[0].valueX)).toBe(true);
  });
});

describe('columns', () => {
  it('places one column per value on the baseline, scaled to the nice maximum', () => {
    const chart = columns([2, 8, 0, 5], { width: 232, height: 128, axisRoom: 32, labelRoom: 20, gap: 0 });
    expect(chart.max).toBe(10);
    expect(chart.baseline).toBe(108);
    // Plot height 100 (top margin 8): a value of 8 is 80 units tall.
    expect(chart.columns.map((column) => column.height)).toEqual([20, 80, 0, 50]);
    expect(chart.columns.map((column) => column.y + column.height)).toEqual([108, 108, 108, 108]);
    expect(chart.columns.map((column) => column.x)).toEqual([32, 82, 132, 182]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 5, 10]);
    expect(chart.ticks.at(-1)?.y).toBe(8);
  });

  it('draws nothing for an empty series', () => {
    expect(columns([]).columns).toEqual([]);
  });
});

describe('truncateLabel', () => {
  it('keeps short labels and shortens long ones with an ellipsis, by characters', () => {
    expect(truncateLabel('Zieleń', 10)).toBe('Zieleń');
    expect(truncateLabel('Elementy kluczowe, wspólne', 10)).toBe('Elementy…');
    expect(Array.from(truncateLabel('ąęółśżźćń'.repeat(10), 20))).toHaveLength(20);
  });
});
