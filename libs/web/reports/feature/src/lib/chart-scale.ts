/**
 * Geometry of the report's charts, kept apart from the templates so it can be tested: a "nice" axis maximum,
 * its ticks, and the bars of a horizontal bar chart and of a column chart in SVG user units.
 */

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `max` (1 for an empty or zero series). */
export function niceCeiling(max: number): number {
  if (!Number.isFinite(max) || max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    // Whole numbers only: counts are never fractional, so an axis of 2.5 would print a half.
    if (candidate >= max && Number.isInteger(candidate)) return candidate;
  }
  return 10 * magnitude;
}

/** Evenly spaced whole-number ticks from 0 to `niceCeiling(max)`, at most `maxTicks` + 1 of them. */
export function axisTicks(max: number, maxTicks = 4): number[] {
  const top = niceCeiling(max);
  let step = top / maxTicks;
  if (!Number.isInteger(step)) {
    step = [5, 4, 2, 1].map((parts) => top / parts).find((candidate) => Number.isInteger(candidate) && top / candidate <= maxTicks) ?? top;
  }
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

/** A count as a share of the total, in percent with one decimal; 0 for an empty total. */
export function shareOf(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((count / total) * 1000) / 10;
}

export interface ChartDatum {
  key: string;
  label: string;
  count: number;
}

export interface HorizontalBar extends ChartDatum {
  /** Top of the row (the label sits above the bar). */
  y: number;
  labelY: number;
  barY: number;
  barWidth: number;
  /** Where the count is written, just after the bar. */
  valueX: number;
}

export interface HorizontalBarChart {
  width: number;
  height: number;
  barHeight: number;
  bars: HorizontalBar[];
}

export interface HorizontalBarOptions {
  width: number;
  rowHeight: number;
  barHeight: number;
  /** Room kept after the longest bar for its count. */
  valueRoom: number;
}

const BAR_DEFAULTS: HorizontalBarOptions = { width: 320, rowHeight: 44, barHeight: 16, valueRoom: 48 };

/**
 * One row per datum, label above its bar, bars scaled to the largest count (so the longest fills the plot
 * and the rest compare with it). A zero count keeps a zero-width bar: the label and "0" still show.
 */
export function horizontalBars(data: readonly ChartDatum[], options: Partial<HorizontalBarOptions> = {}): HorizontalBarChart {
  const { width, rowHeight, barHeight, valueRoom } = { ...BAR_DEFAULTS, ...options };
  const plot = width - valueRoom;
  const top = Math.max(0, ...data.map((datum) => datum.count));
  const bars = data.map((datum, index) => {
    const y = index * rowHeight;
    const barWidth = top === 0 ? 0 : (Math.max(0, datum.count) / top) * plot;
    return {
      ...datum,
      y,
      labelY: y + 14,
      barY: y + 20,
      barWidth: round(barWidth),
      valueX: round(barWidth + 6),
    };
  });
  return { width, height: Math.max(rowHeight, data.length * rowHeight), barHeight, bars };
}

export interface Column {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

export interface ColumnChart {
  width: number;
  height: number;
  /** The plot's bottom edge (the x axis). */
  baseline: number;
  /** The axis maximum (a nice number at least the largest value). */
  max: number;
  ticks: { value: number; y: number }[];
  columns: Column[];
}

export interface ColumnOptions {
  width: number;
  height: number;
  /** Left margin for the tick labels. */
  axisRoom: number;
  /** Bottom margin for the date labels. */
  labelRoom: number;
  /** Gap between columns as a fraction of each slot. */
  gap: number;
}

const COLUMN_DEFAULTS: ColumnOptions = { width: 320, height: 160, axisRoom: 32, labelRoom: 20, gap: 0.2 };

/** Columns for a series over time (one slot per value), scaled to a nice maximum with its ticks. */
export function columns(values: readonly number[], options: Partial<ColumnOptions> = {}): ColumnChart {
  const { width, height, axisRoom, labelRoom, gap } = { ...COLUMN_DEFAULTS, ...options };
  const baseline = height - labelRoom;
  const plotTop = 8;
  const plotHeight = baseline - plotTop;
  const max = niceCeiling(Math.max(0, ...values));
  const slot = values.length === 0 ? 0 : (width - axisRoom) / values.length;
  const columnWidth = slot * (1 - gap);
  return {
    width,
    height,
    baseline,
    max,
    ticks: axisTicks(max).map((value) => ({ value, y: round(baseline - (value / max) * plotHeight) })),
    columns: values.map((value, index) => {
      const columnHeight = (Math.max(0, value) / max) * plotHeight;
      return {
        value,
        x: round(axisRoom + index * slot + (slot - columnWidth) / 2),
        y: round(baseline - columnHeight),
        width: round(columnWidth),
        height: round(columnHeight),
      };
    }),
  };
}

/** Shortens a label drawn in a chart (the data table always has it whole). */
export function truncateLabel(label: string, maxLength = 42): string {
  const characters = Array.from(label);
  return characters.length <= maxLength
    ? label
    : `${characters
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
