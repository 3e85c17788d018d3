/**
 * The report as a PDF, the official Polish document ("Sprawozdanie z przebiegu i wyników konsultacji
 * społecznych"): a title page, the table of contents, sections 1 to 4 and the table of every comment (section 5),
 * written in one pass with the comments read from an async iterable as the pages are produced.
 */
import { ReportCommentRowDto, ReportContentDto } from '@consulta/shared/contracts';
import { commentTable } from './comment-table';
import { loadReportFonts } from './fonts';
import { polishDate, polishNumber } from './labels';
import { COLOURS, ReportLayout } from './layout';
import { Contents, ContentsEntry } from './outline';
import { OutputPump } from './output-pump';
import { changesSection, figuresSection, heading, informationSection, themesSection } from './sections';

export const REPORT_PDF_TITLE = 'Sprawozdanie z przebiegu i wyników konsultacji społecznych';

export interface ReportPdfInput {
  content: ReportContentDto;
  /** The published comments in order of their numbers (read once, as the table is written). */
  rows: AsyncIterable<ReportCommentRowDto>;
  version: number;
  /** Null for a draft (the title page says so). */
  publishedAt: string | null;
}

/**
 * Writes the PDF to `out` and ends it. Memory does not grow with the number of rows: pages go to `out` as they
 * are finished and 'drain' is awaited. On an error `out` is left open for the caller to destroy.
 */
export async function renderReportPdf(input: ReportPdfInput, out: NodeJS.WritableStream): Promise<{ pages: number }> {
  const { content, version } = input;
  const layout = ReportLayout.create(loadReportFonts(), {
    title: `${REPORT_PDF_TITLE}: ${content.consultationTitle}`,
    footer: `Sprawozdanie z konsultacji społecznych · wersja ${version}`,
  });
  const pump = new OutputPump(layout.doc, out);
  const contents = new Contents(layout, contentsEntries(input.content));

  titlePage(layout, input);
  layout.newPage();
  contents.draw();
  informationSection(layout, contents, content);
  figuresSection(layout, contents, content);
  themesSection(layout, contents, content);
  changesSection(layout, contents, content);
  await pump.flush();

  heading(layout, contents, '5', 'Zestawienie uwag wraz ze stanowiskiem miasta', 1);
  layout.paragraph(
    `Tabela zawiera wszystkie opublikowane uwagi (${polishNumber(content.figures.comments)}) w kolejności wpływu, ` +
      'ze stanowiskiem miasta i jego uzasadnieniem. Osoby prywatne nie są wymieniane z imienia i nazwiska.',
    { size: 9.5, after: 8 },
  );
  const written = await commentTable(layout, input.rows, () => pump.flush());
  if (written === 0) layout.paragraph('Nie opublikowano żadnej uwagi.', { size: 9.5 });

  layout.finish();
  await pump.finish();
  return { pages: layout.pageNumber };
}

function contentsEntries(content: ReportContentDto): ContentsEntry[] {
  return [
    { number: '1', title: 'Informacje o konsultacjach', level: 1 },
    { number: '2', title: 'Przebieg konsultacji w liczbach', level: 1 },
    { number: '2.1', title: 'Udział', level: 2 },
    { number: '2.2', title: 'Moderacja', level: 2 },
    { number: '2.3', title: 'Stanowisko miasta wobec uwag', level: 2 },
    { number: '3', title: 'Tematy zgłoszonych uwag', level: 1 },
    ...content.themes.map((theme, index) => ({ number: `3.${index + 1}`, title: theme.name, level: 2 as const })),
    { number: '4', title: 'Zmiany w tekście dokumentu', level: 1 },
    { number: '5', title: 'Zestawienie uwag wraz ze stanowiskiem miasta', level: 1 },
  ];
}

function titlePage(layout: ReportLayout, input: ReportPdfInput): void {
  const { content } = input;
  layout.newPage();
  layout.y = layout.top + 150;
  layout.paragraph([{ text: REPORT_PDF_TITLE, bold: true }], { size: 22, colour: COLOURS.accent, after: 24 });
  layout.paragraph([{ text: content.consultationTitle, bold: true }], { size: 16, after: 36 });
  const published = input.publishedAt ? `Data publikacji: ${polishDate(input.publishedAt)}` : 'Wersja robocza (nieopublikowana)';
  layout.paragraph(`Wersja ${input.version}`, { size: 12, after: 4 });
  layout.paragraph(published, { size: 12, after: 4 });
  layout.paragraph(`Dane według stanu na: ${polishDate(content.generatedAt)}`, { size: 10, colour: COLOURS.muted, after: 24 });
  if (content.header.organiser.trim()) layout.paragraph(`Organizator: ${content.header.organiser}`, { size: 11 });
}
