/**
 * Sections 1 to 4 of the report: the consultation's header, the figures with their charts, the themes ("you said,
 * we did") and the changes in the document's text.
 */
import { ParagraphChangeDto, ParagraphChangeKind, ReportContentDto, ReportCountDto } from '@consulta/shared/contracts';
import { barChart, ChartRow, dayChart } from './charts';
import { STANCE_LABELS, STANCES, polishDate, polishNumber } from './labels';
import { COLOURS, ReportLayout } from './layout';
import { Contents } from './outline';
import { TextRun } from './text-wrap';

const BODY = 9.5;
const SMALL = 8.5;
const STANCE_COLOURS = ['#1f6f3f', '#a0161b', '#6b6b6b', '#b8860b'];

export function heading(layout: ReportLayout, contents: Contents, number: string, title: string, level: 1 | 2): void {
  const size = level === 1 ? 15 : 11.5;
  if (level === 1) layout.newPage();
  else layout.ensure(layout.lineHeight(size) * 2 + 60);
  contents.mark(number);
  layout.paragraph([{ text: `${number}. ${title}`, bold: true }], { size, colour: COLOURS.accent, after: level === 1 ? 10 : 6 });
}

function field(layout: ReportLayout, label: string, text: string): void {
  layout.ensure(layout.lineHeight(BODY) * 2 + 4);
  layout.paragraph([{ text: label, bold: true }], { size: BODY, after: 1 });
  layout.paragraph(text.trim() || '—', { size: BODY, indent: 12, after: 8 });
}

export function informationSection(layout: ReportLayout, contents: Contents, content: ReportContentDto): void {
  const header = content.header;
  heading(layout, contents, '1', 'Informacje o konsultacjach', 1);
  field(layout, 'Przedmiot konsultacji', header.subject);
  field(layout, 'Organizator', header.organiser);
  field(layout, 'Adresaci konsultacji', header.participants);
  field(layout, 'Termin konsultacji', `od ${polishDate(header.startDate)} do ${polishDate(header.endDate)}`);
  field(layout, 'Sposób informowania o konsultacjach', header.announcement);
  field(layout, 'Formy konsultacji', header.forms);
  if (header.summary.trim()) field(layout, 'Podsumowanie', header.summary);
}

function rows(counts: readonly ReportCountDto[]): ChartRow[] {
  return counts.map((count) => ({ label: count.label, value: count.count }));
}

export function figuresSection(layout: ReportLayout, contents: Contents, content: ReportContentDto): void {
  const figures = content.figures;
  heading(layout, contents, '2', 'Przebieg konsultacji w liczbach', 1);
  heading(layout, contents, '2.1', 'Udział', 2);
  for (const [label, value] of [
    ['Opublikowane uwagi', figures.comments],
    ['Opublikowane odpowiedzi na uwagi', figures.replies],
    ['Uczestnicy (osoby i podmioty, każdy liczony raz)', figures.uniqueParticipants],
  ] as const) {
    layout.paragraph([{ text: `${label}: ` }, { text: polishNumber(value), bold: true }], { size: BODY, after: 2 });
  }
  layout.y += 8;
  barChart(layout, 'Uwagi według sposobu złożenia', rows(figures.byChannel));
  barChart(layout, 'Uwagi według rodzaju zgłaszającego', rows(figures.bySubmitterType));
  barChart(layout, 'Uwagi według obszaru', rows(figures.byArea));
  barChart(layout, 'Uwagi według części dokumentu', rows(figures.bySection));
  barChart(layout, 'Uwagi według stanowiska wobec projektu', rows(figures.byStance));
  dayChart(layout, 'Uwagi według dnia złożenia', figures.overTime);

  heading(layout, contents, '2.2', 'Moderacja', 2);
  layout.paragraph(
    `Wpłynęło ${polishNumber(figures.received)} zgłoszeń (uwag i odpowiedzi). Opublikowano ${polishNumber(figures.published)}, ` +
      `odrzucono ${polishNumber(figures.rejected)}, ukryto ${polishNumber(figures.hidden)}, ` +
      `wycofali je autorzy: ${polishNumber(figures.withdrawn)}.`,
    { size: BODY },
  );
  barChart(
    layout,
    'Zgłoszenia według wyniku moderacji',
    [
      { label: 'Opublikowane', value: figures.published },
      { label: 'Odrzucone', value: figures.rejected },
      { label: 'Ukryte', value: figures.hidden },
      { label: 'Wycofane przez autorów', value: figures.withdrawn },
    ],
    figures.received,
  );
  barChart(layout, 'Odrzucone zgłoszenia według powodu', rows(figures.rejectedByReason));

  heading(layout, contents, '2.3', 'Stanowisko miasta wobec uwag', 2);
  barChart(layout, 'Uwagi według rozstrzygnięcia', rows(figures.byDecision));
}

export function themesSection(layout: ReportLayout, contents: Contents, content: ReportContentDto): void {
  heading(layout, contents, '3', 'Tematy zgłoszonych uwag', 1);
  if (content.themes.length === 0) {
    layout.paragraph('Nie wyodrębniono tematów.', { size: BODY });
    return;
  }
  layout.paragraph(
    'Uwagi pogrupowano w tematy. Przy każdym temacie podano liczbę uwag, ich stanowisko wobec projektu, wybrane wypowiedzi oraz odpowiedź miasta.',
    {
      size: BODY,
      after: 10,
    },
  );
  content.themes.forEach((theme, index) => {
    heading(layout, contents, `3.${index + 1}`, theme.name, 2);
    if (theme.description.trim()) layout.paragraph(theme.description, { size: BODY, colour: COLOURS.muted });
    layout.paragraph([{ text: 'Liczba uwag: ' }, { text: polishNumber(theme.count), bold: true }], { size: BODY, after: 3 });
    stanceBar(layout, theme.stance);
    if (theme.quotes.length > 0) {
      layout.paragraph([{ text: 'Wybrane wypowiedzi', bold: true }], { size: BODY, after: 2 });
      for (const quote of theme.quotes) {
        layout.paragraph([{ text: `„${quote.text}” ` }, { text: `(uwaga nr ${quote.number})`, bold: true }], {
          size: SMALL,
          indent: 12,
          after: 4,
        });
      }
    }
    layout.ensure(layout.lineHeight(BODY) * 2);
    layout.paragraph([{ text: 'Odpowiedź miasta', bold: true }], { size: BODY, after: 2 });
    layout.paragraph(theme.response?.trim() || 'Odpowiedź nie została przygotowana.', { size: BODY, indent: 12, after: 12 });
  });
}

/** The theme's stance split as one stacked bar, with the numbers written out next to it. */
function stanceBar(layout: ReportLayout, stance: Record<string, number>): void {
  const total = STANCES.reduce((sum, key) => sum + (stance[key] ?? 0), 0);
  const text = STANCES.map((key) => `${STANCE_LABELS[key]}: ${polishNumber(stance[key] ?? 0)}`).join(' · ');
  const lines = layout.wrap([{ text }], layout.width, SMALL);
  layout.ensure(14 + lines.length * layout.lineHeight(SMALL) + 4);
  if (total > 0) {
    let x = layout.left;
    STANCES.forEach((key, index) => {
      const width = (layout.width * (stance[key] ?? 0)) / total;
      if (width > 0) layout.doc.save().rect(x, layout.y, width, 8).fill(STANCE_COLOURS[index]).restore();
      x += width;
    });
    layout.y += 12;
  }
  for (const line of lines) {
    layout.drawLine(line, layout.left, layout.y, SMALL);
    layout.y += layout.lineHeight(SMALL);
  }
  layout.y += 6;
}

const CHANGE_LABELS: Record<ParagraphChangeKind, string> = {
  [ParagraphChangeKind.Added]: 'dodany akapit',
  [ParagraphChangeKind.Removed]: 'usunięty akapit',
  [ParagraphChangeKind.Changed]: 'zmieniony akapit',
};

export function changesSection(layout: ReportLayout, contents: Contents, content: ReportContentDto): void {
  heading(layout, contents, '4', 'Zmiany w tekście dokumentu', 1);
  const diff = content.changes;
  if (!diff || (diff.changes.length === 0 && diff.sectionsAdded.length === 0 && diff.sectionsRemoved.length === 0)) {
    layout.paragraph('Treść dokumentu nie zmieniła się w wyniku konsultacji.', { size: BODY });
    return;
  }
  layout.paragraph(`Porównanie wersji ${diff.fromVersion} i ${diff.toVersion} dokumentu.`, { size: BODY, after: 4 });
  layout.paragraph(
    [
      { text: 'Oznaczenia: ' },
      { text: 'tekst usunięty', mark: 'delete' },
      { text: ' (przekreślony), ' },
      { text: 'tekst dodany', mark: 'insert' },
      { text: ' (podkreślony).' },
    ],
    { size: SMALL, after: 10 },
  );
  if (diff.sectionsAdded.length > 0)
    layout.paragraph(`Dodane części dokumentu: ${diff.sectionsAdded.join(', ')}.`, { size: BODY, after: 4 });
  if (diff.sectionsRemoved.length > 0)
    layout.paragraph(`Usunięte części dokumentu: ${diff.sectionsRemoved.join(', ')}.`, { size: BODY, after: 4 });
  const themeNames = new Map(content.themes.map((theme) => [theme.themeId, theme.name]));
  for (const change of diff.changes) changeEntry(layout, change, themeNames);
}

/** Word-level marks; a space separates a deletion from the insertion that replaces it, so both stay readable. */
function wordRuns(change: ParagraphChangeDto): TextRun[] {
  const runs: TextRun[] = [];
  change.words.forEach((part, index) => {
    const previous = change.words[index - 1];
    if (part.op === 'insert' && previous?.op === 'delete' && !/\s$/.test(previous.text) && !/^\s/.test(part.text)) runs.push({ text: ' ' });
    runs.push({ text: part.text, mark: part.op === 'equal' ? undefined : part.op });
  });
  return runs;
}

function changeEntry(layout: ReportLayout, change: ParagraphChangeDto, themeNames: Map<string, string>): void {
  layout.ensure(layout.lineHeight(BODY) * 3 + 6);
  layout.paragraph([{ text: `${change.sectionTitle} — ${CHANGE_LABELS[change.kind] ?? change.kind}`, bold: true }], {
    size: BODY,
    after: 2,
  });
  let runs: TextRun[];
  if (change.kind === ParagraphChangeKind.Added)
    runs = [
      { text: 'Jest: ', bold: true },
      { text: change.after ?? '', mark: 'insert' },
    ];
  else if (change.kind === ParagraphChangeKind.Removed)
    runs = [
      { text: 'Było: ', bold: true },
      { text: change.before ?? '', mark: 'delete' },
    ];
  else if (change.words.length > 0) runs = wordRuns(change);
  else {
    runs = [{ text: 'Było: ', bold: true }, { text: change.before ?? '' }, { text: '\nJest: ', bold: true }, { text: change.after ?? '' }];
  }
  layout.paragraph(runs, { size: BODY, indent: 12, after: 3 });
  const themes = change.themeIds.map((id) => themeNames.get(id)).filter((name): name is string => !!name);
  const links = [
    themes.length > 0 ? `tematy: ${themes.join(', ')}` : '',
    change.commentIds.length > 0 ? `uwagi: ${polishNumber(change.commentIds.length)}` : '',
  ].filter(Boolean);
  if (links.length > 0)
    layout.paragraph(`Zmiana wynika z uwag (${links.join('; ')}).`, { size: SMALL, indent: 12, colour: COLOURS.muted, after: 3 });
  layout.y += 6;
}
