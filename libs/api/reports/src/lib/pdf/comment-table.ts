/**
 * Section 5: every published comment in one table, read row by row from the caller's iterator while the pages
 * are written (100,000 rows never sit in memory together).
 */
import { ReportCommentRowDto } from '@consulta/shared/contracts';
import { CHANNEL_LABELS, decisionLabel, submitterLabel } from './labels';
import { ReportLayout } from './layout';
import { TableColumn, TableWriter } from './table';
import { TextRun } from './text-wrap';

const SIZE = 7.5;
/** Rows between hand-overs of the pages written so far (and a turn of the event loop for other requests). */
const ROWS_PER_FLUSH = 200;

function columns(width: number): TableColumn[] {
  const fixed = [32, 80, 96, 150];
  return [
    { header: 'Nr', width: fixed[0], align: 'right' },
    { header: 'Zgłaszający', width: fixed[1] },
    { header: 'Fragment dokumentu', width: fixed[2] },
    { header: 'Treść uwagi', width: fixed[3] },
    { header: 'Stanowisko miasta', width: width - fixed.reduce((sum, value) => sum + value, 0) },
  ];
}

/** The five cells of a row. Never a private person's name: residents appear by submitter type only. */
export function commentCells(row: ReportCommentRowDto): TextRun[][] {
  const channel = CHANNEL_LABELS[row.channel];
  const passage = row.passage?.trim();
  const wording = row.proposedWording?.trim();
  const justification = row.justification?.trim();
  return [
    [{ text: String(row.number) }],
    [{ text: submitterLabel(row.submitterType, row.organisationName) }, ...(channel ? [{ text: `\n(${channel})` }] : [])],
    [{ text: row.sectionTitle, bold: true }, ...(passage ? [{ text: `\n„${passage}”` }] : [])],
    [{ text: row.text }, ...(wording ? [{ text: '\nProponowane brzmienie: ', bold: true }, { text: wording }] : [])],
    [{ text: decisionLabel(row.decision), bold: true }, ...(justification ? [{ text: `\n${justification}` }] : [])],
  ];
}

/**
 * Writes the table; `flush` hands the finished pages to the destination (and waits when it is full).
 * Returns the number of rows written.
 */
export async function commentTable(
  layout: ReportLayout,
  rows: AsyncIterable<ReportCommentRowDto>,
  flush: () => Promise<void>,
): Promise<number> {
  const table = new TableWriter(layout, columns(layout.width), SIZE);
  let count = 0;
  for await (const row of rows) {
    if (count === 0) table.start();
    table.row(commentCells(row));
    count += 1;
    if (count % ROWS_PER_FLUSH === 0) {
      await flush();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (count > 0) table.end();
  return count;
}
