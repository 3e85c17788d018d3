/**
 * Charts drawn as vector graphics: horizontal bars labelled with their numbers, and columns for a series of days.
 * Each chart is followed by a small table with the same numbers (the table is the chart's text alternative).
 */
import { COLOURS, ReportLayout } from './layout';
import { polishNumber } from './labels';
import { TableWriter } from './table';
import { TextRun } from './text-wrap';

export interface ChartRow {
  label: string;
  value: number;
}

const TITLE_SIZE = 10;
const LABEL_SIZE = 8;
const BAR_ROW = 15;
const LABEL_WIDTH = 170;
const VALUE_ROOM = 50;
const COLUMN_CHART_HEIGHT = 110;

function percent(value: number, total: number): string {
  return total > 0 ? `${((100 * value) / total).toFixed(1).replace('.', ',')}%` : '—';
}

/** The first line of `text` in `width`, with an ellipsis when it was cut (the table below has it in full). */
function oneLine(layout: ReportLayout, text: string, width: number, size: number): TextRun[] {
  const lines = layout.wrap([{ text }], width, size);
  if (lines.length <= 1) return [{ text }];
  const first = lines[0].pieces.map((piece) => piece.text).join('');
  const cut = layout.wrap([{ text: `${first}…` }], width, size).length > 1 ? first.replace(/\s*\S+$/, '') : first;
  return [{ text: `${cut}…` }];
}

function chartTitle(layout: ReportLayout, title: string, keepWith: number): void {
  layout.ensure(layout.lineHeight(TITLE_SIZE) + keepWith);
  layout.paragraph([{ text: title, bold: true }], { size: TITLE_SIZE, after: 4 });
}

/** Counts as horizontal bars, then their table (label, count, share of `total`, default: the sum). */
export function barChart(layout: ReportLayout, title: string, rows: readonly ChartRow[], total?: number): void {
  chartTitle(layout, title, BAR_ROW * Math.min(rows.length, 4) + 8);
  if (rows.length === 0) {
    layout.paragraph('Brak danych.', { size: LABEL_SIZE, colour: COLOURS.muted });
    return;
  }
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barX = layout.left + LABEL_WIDTH + 6;
  const barRoom = layout.width - LABEL_WIDTH - 6 - VALUE_ROOM;
  for (const row of rows) {
    layout.ensure(BAR_ROW);
    const [label] = layout.wrap(oneLine(layout, row.label, LABEL_WIDTH, LABEL_SIZE), LABEL_WIDTH, LABEL_SIZE);
    layout.drawLine(label, layout.left + LABEL_WIDTH - label.width, layout.y + 2, LABEL_SIZE);
    const barWidth = Math.max(row.value > 0 ? 1 : 0, (barRoom * row.value) / max);
    if (barWidth > 0)
      layout.doc
        .save()
        .rect(barX, layout.y + 2, barWidth, BAR_ROW - 5)
        .fill(COLOURS.accent)
        .restore();
    layout.text(polishNumber(row.value), barX + barWidth + 4, layout.y + 2, LABEL_SIZE, true);
    layout.y += BAR_ROW;
  }
  layout.y += 6;
  countTable(layout, rows, total ?? rows.reduce((sum, row) => sum + row.value, 0));
}

export function countTable(layout: ReportLayout, rows: readonly ChartRow[], total: number): void {
  const table = new TableWriter(
    layout,
    [
      { header: 'Kategoria', width: layout.width - 160 },
      { header: 'Liczba', width: 80, align: 'right' },
      { header: 'Udział', width: 80, align: 'right' },
    ],
    LABEL_SIZE,
  );
  table.start();
  for (const row of rows) table.row([[{ text: row.label }], [{ text: polishNumber(row.value) }], [{ text: percent(row.value, total) }]]);
  table.row([
    [{ text: 'Razem', bold: true }],
    [{ text: polishNumber(total), bold: true }],
    [{ text: total > 0 ? '100%' : '—', bold: true }],
  ]);
  table.end(12);
}

export interface DayRow {
  date: string;
  comments: number;
  replies: number;
}

/** Comments per day as columns (each labelled when there is room; the busiest day always), then the table. */
export function dayChart(layout: ReportLayout, title: string, days: readonly DayRow[]): void {
  chartTitle(layout, title, COLUMN_CHART_HEIGHT + 30);
  if (days.length === 0) {
    layout.paragraph('Brak danych.', { size: LABEL_SIZE, colour: COLOURS.muted });
    return;
  }
  const max = Math.max(1, ...days.map((day) => day.comments));
  const step = layout.width / days.length;
  const columnWidth = Math.max(0.5, step * 0.7);
  const top = layout.y + 12;
  const base = top + COLUMN_CHART_HEIGHT;
  const busiest = days.findIndex((day) => day.comments === max);
  layout.doc.save().lineWidth(0.5).strokeColor(COLOURS.rule).moveTo(layout.left, base).lineTo(layout.right, base).stroke().restore();
  days.forEach((day, index) => {
    const height = (COLUMN_CHART_HEIGHT * day.comments) / max;
    const x = layout.left + index * step + (step - columnWidth) / 2;
    if (height > 0)
      layout.doc
        .save()
        .rect(x, base - height, columnWidth, height)
        .fill(COLOURS.accent)
        .restore();
    const value = polishNumber(day.comments);
    const valueWidth = layout.measure(value, true, 6.5);
    if (valueWidth <= step - 1 || index === busiest) {
      layout.text(value, x + columnWidth / 2 - valueWidth / 2, base - height - 9, 6.5, true);
    }
  });
  const first = days[0].date;
  const last = days[days.length - 1].date;
  layout.text(first, layout.left, base + 3, 7, false, COLOURS.muted);
  if (days.length > 1) layout.text(last, layout.right - layout.measure(last, false, 7), base + 3, 7, false, COLOURS.muted);
  layout.y = base + 18;
  const table = new TableWriter(
    layout,
    [
      { header: 'Dzień', width: layout.width - 160 },
      { header: 'Uwagi', width: 80, align: 'right' },
      { header: 'Odpowiedzi', width: 80, align: 'right' },
    ],
    LABEL_SIZE,
  );
  table.start();
  for (const day of days) table.row([[{ text: day.date }], [{ text: polishNumber(day.comments) }], [{ text: polishNumber(day.replies) }]]);
  table.end(12);
}
