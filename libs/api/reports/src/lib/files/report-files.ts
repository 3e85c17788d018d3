import { ReportCommentRowDto, ReportContentDto, ReportCountDto } from '@consulta/shared/contracts';
import { stream } from 'exceljs';
import { Stream } from 'node:stream';
import { end, write } from './chunked-file-writer';
import { TABLE_COLUMNS } from './table-columns';

/** Cells starting like a formula get a leading quote so spreadsheets show them as text (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell (same rules as moderation's audit CSV: formula-leading cells neutralised, quoted when needed). */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (cells: (string | number)[]): string => cells.map(csvCell).join(',') + '\r\n';

/** CSV of the table of comments: UTF-8 with a byte order mark (Excel opens Polish letters), CRLF, RFC 4180 quoting. */
export async function writeCsv(rows: AsyncIterable<ReportCommentRowDto>, out: NodeJS.WritableStream): Promise<void> {
  await write(out, '\uFEFF' + csvLine(TABLE_COLUMNS.map((column) => column.heading)));
  for await (const row of rows) await write(out, csvLine(TABLE_COLUMNS.map((column) => column.value(row))));
  await end(out);
}

/** JSON open data: the report's content and every published comment, written row by row. */
export async function writeJson(
  content: ReportContentDto,
  rows: AsyncIterable<ReportCommentRowDto>,
  out: NodeJS.WritableStream,
): Promise<void> {
  await write(out, `{"report":${JSON.stringify(content)},"comments":[`);
  let first = true;
  for await (const row of rows) {
    await write(out, (first ? '\n' : ',\n') + JSON.stringify(row));
    first = false;
  }
  await write(out, '\n]}\n');
  await end(out);
}

/**
 * XLSX with exceljs's streaming writer: sheet "Uwagi" (the table, each row committed as it is written, no shared
 * strings so nothing accumulates) and sheet "Dane liczbowe" (the figures).
 */
export async function writeXlsx(
  content: ReportContentDto,
  rows: AsyncIterable<ReportCommentRowDto>,
  out: NodeJS.WritableStream,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out as unknown as Stream, useStyles: false, useSharedStrings: false });
  workbook.creator = 'Consulta';
  const comments = workbook.addWorksheet('Uwagi');
  comments.columns = TABLE_COLUMNS.map((column) => ({ header: column.heading, width: column.width }));
  for await (const row of rows) comments.addRow(TABLE_COLUMNS.map((column) => column.value(row))).commit();
  comments.commit();

  const figures = workbook.addWorksheet('Dane liczbowe');
  figures.columns = [
    { header: 'Zestawienie', width: 30 },
    { header: 'Pozycja', width: 40 },
    { header: 'Liczba', width: 12 },
  ];
  for (const [group, label, count] of figureRows(content)) figures.addRow([group, label, count]).commit();
  figures.commit();
  await workbook.commit();
}

/** The figures as (group, label, count) lines, in the report's order. */
export function figureRows(content: ReportContentDto): [string, string, number][] {
  const f = content.figures;
  const list = (group: string, counts: ReportCountDto[]): [string, string, number][] =>
    counts.map((count): [string, string, number] => [group, count.label, count.count]);
  return [
    ['Ogółem', 'Opublikowane uwagi', f.comments],
    ['Ogółem', 'Opublikowane odpowiedzi', f.replies],
    ['Ogółem', 'Uczestnicy', f.uniqueParticipants],
    ['Moderacja', 'Wpłynęło', f.received],
    ['Moderacja', 'Opublikowano', f.published],
    ['Moderacja', 'Odrzucono', f.rejected],
    ['Moderacja', 'Ukryto', f.hidden],
    ['Moderacja', 'Wycofane przez autorów', f.withdrawn],
    ...list('Odrzucone według powodu', f.rejectedByReason),
    ...list('Sposób złożenia', f.byChannel),
    ...list('Zgłaszający', f.bySubmitterType),
    ...list('Obszar', f.byArea),
    ...list('Rozdział', f.bySection),
    ...list('Stanowisko', f.byStance),
    ...list('Rozstrzygnięcie', f.byDecision),
    ...f.overTime.map((day): [string, string, number] => ['Uwagi według dnia', day.date, day.comments]),
    ...f.overTime.map((day): [string, string, number] => ['Odpowiedzi według dnia', day.date, day.replies]),
  ];
}
