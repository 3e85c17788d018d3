import {
  DispositionDecision,
  ParagraphChangeKind,
  ReportCommentRowDto,
  ReportContentDto,
  Stance,
  SubmissionChannel,
  SubmitterType,
  THEME_COLOURS,
} from '@consulta/shared/contracts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { renderReportPdf } from './report-pdf';

/** The report's text as pdftotext (poppler-utils) reads it, page by page. */
interface PdfText {
  pages: string[];
  /** Reading order, without layout. */
  raw: string;
  pageCount: number;
  /** The text inside one column of the comment table, every page, whitespace squashed to single spaces. */
  column(name: keyof typeof COLUMNS): string;
}

/** The comment table's columns on the page (points from the left edge): see comment-table.ts. */
const COLUMNS = { number: [50, 32], submitter: [82, 80], passage: [162, 96], text: [258, 150], decision: [408, 137] } as const;

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'consulta-report-pdf-'));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function pdftotext(pdf: Buffer, name: string): PdfText {
  const file = join(workDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  let layout: string;
  try {
    layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  } catch (error) {
    throw new Error(`pdftotext failed (install poppler-utils): ${String(error)}`);
  }
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const words = bbox.split('<page ').map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)<\/word>/g)].map((match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
      right: Number(match[3]),
      text: match[4]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    })),
  );
  const column = (name: keyof typeof COLUMNS): string => {
    const [x, width] = COLUMNS[name];
    const found: string[] = [];
    for (const page of words) {
      // The table's body on this page: below its header row (which starts with "Nr"), above the footer.
      const header = page.find((word) => word.text === 'Nr' && word.x >= 50 && word.right <= 82);
      if (!header) continue;
      for (const word of page) {
        if (word.y > header.y + 22 && word.y < 780 && word.x >= x && word.right <= x + width) found.push(word.text);
      }
    }
    return found.join(' ');
  };
  return { pages: layout.split('\f').slice(0, pageCount), raw, pageCount, column };
}

async function render(content: ReportContentDto, rows: ReportCommentRowDto[], name: string): Promise<{ pages: number; text: PdfText }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  async function* iterate(): AsyncIterable<ReportCommentRowDto> {
    for (const row of rows) yield row;
  }
  const { pages } = await renderReportPdf({ content, rows: iterate(), version: 3, publishedAt: '2026-03-15T09:00:00.000Z' }, out);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { pages, text: pdftotext(pdf, name) };
}

function aContent(overrides: Partial<ReportContentDto> = {}): ReportContentDto {
  return {
    consultationSlug: 'zablocie',
    consultationTitle: 'Park na Zabłociu',
    generatedAt: '2026-03-12T10:00:00.000Z',
    header: {
      subject: 'Koncepcja parku rzecznego na Zabłociu',
      organiser: 'Zarząd Zieleni Miejskiej w Krakowie',
      participants: 'Mieszkańcy Krakowa i organizacje pozarządowe',
      startDate: '2026-01-12',
      endDate: '2026-02-23',
      announcement: 'Biuletyn Informacji Publicznej i plakaty w Podgórzu',
      forms: 'Formularz internetowy, uwagi pisemne, spotkanie otwarte',
      summary: 'Zgłoszono uwagi dotyczące zieleni i ścieżek rowerowych.',
    },
    figures: {
      comments: 7,
      replies: 4,
      uniqueParticipants: 6,
      byChannel: [
        { key: SubmissionChannel.Online, label: 'Formularz internetowy', count: 5 },
        { key: SubmissionChannel.Paper, label: 'Pismo', count: 2 },
      ],
      bySubmitterType: [
        { key: SubmitterType.Resident, label: 'Mieszkańcy', count: 6 },
        { key: SubmitterType.Ngo, label: 'Organizacje pozarządowe', count: 1 },
      ],
      byArea: [{ key: 'podgorze', label: 'Dzielnica XIII Podgórze', count: 7 }],
      bySection: [{ key: 's1', label: '§ 1. Zieleń', count: 7 }],
      byStance: [
        { key: Stance.Support, label: 'Poparcie', count: 4 },
        { key: Stance.Oppose, label: 'Sprzeciw', count: 3 },
      ],
      overTime: [
        { date: '2026-01-12', comments: 3, replies: 1 },
        { date: '2026-01-13', comments: 4, replies: 3 },
      ],
      received: 11,
      published: 9,
      rejected: 2,
      rejectedByReason: [{ key: 'spam', label: 'Spam', count: 2 }],
      hidden: 0,
      withdrawn: 0,
      byDecision: [
        { key: DispositionDecision.Accepted, label: 'Uwzględniono', count: 5 },
        { key: 'none', label: 'Bez rozstrzygnięcia', count: 2 },
      ],
    },
    themes: [
      {
        themeId: 'theme-trees',
        name: 'Drzewa nad Wisłą',
        description: 'Nasadzenia i ochrona istniejących drzew.',
        colour: THEME_COLOURS[3],
        count: 4,
        stance: { [Stance.Support]: 3, [Stance.Oppose]: 1, [Stance.Neutral]: 0, [Stance.ProposesChange]: 0 },
        quotes: [{ number: 2, text: 'Proszę zachować topole przy bulwarze.' }],
        response: 'Topole zostaną zachowane, a wzdłuż bulwaru posadzimy 40 nowych drzew.',
      },
      {
        themeId: 'theme-bikes',
        name: 'Ścieżki rowerowe',
        description: '',
        colour: THEME_COLOURS[0],
        count: 3,
        stance: { [Stance.Support]: 1, [Stance.Oppose]: 2, [Stance.Neutral]: 0, [Stance.ProposesChange]: 0 },
        quotes: [],
        response: null,
      },
    ],
    changes: {
      fromVersion: 1,
      toVersion: 2,
      sectionsAdded: [],
      sectionsRemoved: [],
      changes: [
        {
          kind: ParagraphChangeKind.Changed,
          paragraphKey: 'p1',
          sectionKey: 's1',
          sectionTitle: '§ 1. Zieleń',
          before: 'Teren parkingu miejskiego.',
          after: 'Teren parku miejskiego.',
          words: [
            { op: 'equal', text: 'Teren ' },
            { op: 'delete', text: 'parkingu' },
            { op: 'insert', text: 'parku' },
            { op: 'equal', text: ' miejskiego.' },
          ],
          themeIds: ['theme-trees'],
          commentIds: ['c2'],
        },
      ],
    },
    ...overrides,
  };
}

function aRow(number: number, overrides: Partial<ReportCommentRowDto> = {}): ReportCommentRowDto {
  return {
    number,
    submitterType: SubmitterType.Resident,
    organisationName: null,
    channel: SubmissionChannel.Online,
    receivedAt: '2026-01-12T10:00:00.000Z',
    sectionKey: 's1',
    sectionTitle: '§ 1. Zieleń',
    passage: null,
    text: `Treść uwagi numer ${number}.`,
    proposedWording: null,
    stance: Stance.Support,
    areaKey: null,
    themes: [],
    decision: DispositionDecision.Accepted,
    justification: `Uzasadnienie do uwagi ${number}.`,
    ...overrides,
  };
}

/** The page (1-based) on which `text` first appears after the table of contents (page 2). */
function pageOf(text: PdfText, needle: string): number {
  const index = text.pages.findIndex((page, i) => i >= 2 && page.includes(needle));
  return index + 1;
}

describe('renderReportPdf', () => {
  it('writes the figures, themes, changes and every comment in Polish, with page numbers and a table of contents', async () => {
    const rows = [
      aRow(1, { text: 'Zażółć gęślą jaźń — proszę o więcej ławek.' }),
      aRow(2, {
        submitterType: SubmitterType.Ngo,
        organisationName: 'Stowarzyszenie Zielone Zabłocie',
        passage: 'teren zieleni urządzonej',
      }),
      aRow(3, { proposedWording: 'Teren parku z placem zabaw.', decision: DispositionDecision.PartlyAccepted }),
      aRow(4, { channel: SubmissionChannel.Paper, decision: null, justification: null }),
      aRow(5, { submitterType: SubmitterType.Resident, organisationName: 'Jan Kowalski' }),
      aRow(6, { decision: DispositionDecision.NotAccepted }),
      aRow(7, { decision: DispositionDecision.FurtherWork }),
    ];
    const { pages, text } = await render(aContent(), rows, 'small');

    expect(text.pageCount).toBe(pages);
    const all = text.pages.join('\n');
    // Title page.
    expect(text.pages[0]).toContain('Sprawozdanie z przebiegu i wyników');
    expect(text.pages[0]).toContain('Park na Zabłociu');
    expect(text.pages[0]).toContain('Wersja 3');
    expect(text.pages[0]).toContain('Data publikacji: 15 marca 2026');
    // Every page is numbered against the total.
    text.pages.forEach((page, index) => expect(page).toContain(`Strona ${index + 1} z ${pages}`));
    // Section 1 header fields.
    expect(all).toContain('Zarząd Zieleni Miejskiej w Krakowie');
    expect(all).toContain('od 12 stycznia 2026 do 23 lutego 2026');
    // Figures in charts and their tables.
    expect(all).toContain('Opublikowane uwagi: 7');
    expect(all).toContain('Opublikowane odpowiedzi na uwagi: 4');
    expect(all).toMatch(/Formularz internetowy\s+5\s+71,4%/);
    expect(all).toMatch(/Pismo\s+2\s+28,6%/);
    expect(all).toMatch(/Spam\s+2\s+100,0%/);
    expect(all).toMatch(/Opublikowane\s+9\s+81,8%/);
    expect(all).toMatch(/2026-01-13\s+4\s+3/);
    // Themes with their quotes and the city's response.
    expect(all).toContain('Proszę zachować topole przy bulwarze.');
    expect(all).toContain('(uwaga nr 2)');
    expect(all).toContain('posadzimy 40 nowych drzew');
    expect(all).toContain('Odpowiedź nie została przygotowana.');
    // Changes, with both the deleted and the inserted words.
    expect(all).toContain('Teren parkingu parku miejskiego.');
    expect(all).toContain('Zmiana wynika z uwag (tematy: Drzewa nad Wisłą; uwagi: 1).');
    // The table: every comment, its number, decision and justification; Polish letters intact.
    const texts = text.column('text');
    expect(texts).toContain('Zażółć gęślą jaźń — proszę o więcej ławek.');
    for (const row of rows) expect(texts).toContain(row.text);
    expect(texts).toContain('Proponowane brzmienie: Teren parku z placem zabaw.');
    expect(text.column('number')).toBe(rows.map((row) => row.number).join(' '));
    expect(text.column('submitter')).toContain('Organizacja pozarządowa: Stowarzyszenie Zielone Zabłocie');
    expect(text.column('passage')).toContain('§ 1. Zieleń „teren zieleni urządzonej”');
    const decisions = text.column('decision');
    for (const label of [
      'Uwaga uwzględniona częściowo',
      'Uwaga nieuwzględniona',
      'Do dalszych prac',
      'Bez rozstrzygnięcia',
      'Uzasadnienie do uwagi 7.',
    ]) {
      expect(decisions).toContain(label);
    }
    // A resident is never named, even if a name reached the row.
    expect(all).not.toContain('Kowalski');

    // The table of contents (page 2) gives the page each section starts on.
    const contents = text.pages[1];
    const sections = [
      ['1', 'Informacje o konsultacjach'],
      ['2', 'Przebieg konsultacji w liczbach'],
      ['2.2', 'Moderacja'],
      ['3', 'Tematy zgłoszonych uwag'],
      ['3.2', 'Ścieżki rowerowe'],
      ['4', 'Zmiany w tekście dokumentu'],
      ['5', 'Zestawienie uwag wraz ze stanowiskiem miasta'],
    ];
    for (const [number, title] of sections) {
      const entry = new RegExp(`^\\s*${number.replace('.', '\\.')}\\. ${title}\\s+(\\d+)\\s*$`, 'm').exec(contents);
      expect(entry).not.toBeNull();
      expect(Number(entry?.[1])).toBe(pageOf(text, `${number}. ${title}`));
    }
    expect(pageOf(text, '5. Zestawienie uwag')).toBeGreaterThan(pageOf(text, '4. Zmiany w tekście'));
  });

  it('breaks a table row across pages without losing text and repeats the header row', async () => {
    const words = Array.from({ length: 830 }, (_, i) => `słowo${String(i).padStart(4, '0')}`);
    const long = words.join(' ');
    expect(long.length).toBeGreaterThan(5000);
    const unbroken = 'ŻÓŁWIKRAKOWSKIE'.repeat(100);
    const rows = [
      aRow(1),
      aRow(2, { text: long, justification: 'Krótko.' }),
      aRow(3, { text: unbroken }),
      ...Array.from({ length: 40 }, (_, i) => aRow(4 + i)),
    ];
    const { pages, text } = await render(aContent({ themes: [], changes: null }), rows, 'long');

    // Every word, in order (the header row repeated on each page comes between them).
    const texts = text.column('text');
    expect(texts).toContain(long);
    // The long comment spans pages, and each of its pages carries the table's header row.
    const first = text.pages.findIndex((page) => page.includes(words[0]));
    const last = text.pages.findIndex((page) => page.includes(words[words.length - 1]));
    expect(last).toBeGreaterThan(first);
    for (let page = first; page <= last; page++)
      expect(text.pages[page]).toMatch(/Nr\s+Zgłaszający\s+Fragment\s+Treść uwagi\s+Stanowisko miasta/);
    // A word wider than its column is cut between letters, not dropped.
    expect(texts.replace(/ /g, '')).toContain(unbroken);
    // Nothing drawn past the bottom margin: each page's text ends with its footer.
    text.pages.forEach((page, index) =>
      expect(page.trimEnd()).toMatch(new RegExp(`Strona ${index + 1} z ${pages}\\s+Sprawozdanie z konsultacji`)),
    );
    expect(text.column('number')).toBe(rows.map((row) => row.number).join(' '));
  });

  it('draws untrusted text as text', async () => {
    const hostile = [
      'Zamknięcie nawiasu ) Tj ET BT /F1 99 Tf (WSTRZYKNIĘTE) Tj ET',
      '<script>alert("x")</script> <b>nie pogrubione</b>',
      'Ukośniki \\ \\\\ i %PDF-1.7 endstream endobj',
      'Znaki sterujące:\u0000\u0007\u001b[31m bez koloru',
    ];
    const rows = hostile.map((text, i) => aRow(i + 1, { text, organisationName: '(((', submitterType: SubmitterType.Business }));
    const { text } = await render(aContent({ consultationTitle: 'Tytuł ) Tj (x' }), rows, 'hostile');

    const texts = text.column('text');
    expect(texts).toContain('Zamknięcie nawiasu ) Tj ET BT /F1 99 Tf (WSTRZYKNIĘTE) Tj ET');
    expect(texts).toContain('<script>alert("x")</script> <b>nie pogrubione</b>');
    expect(texts).toContain('Ukośniki \\ \\\\ i %PDF-1.7 endstream endobj');
    expect(texts).toContain('Znaki sterujące:[31m bez koloru');
    expect(text.column('submitter')).toContain('Przedsiębiorca: (((');
    expect(text.pages[0]).toContain('Tytuł ) Tj (x');
  });

  it('says so when no comment was published, and still numbers its pages', async () => {
    const content = aContent({ themes: [], changes: null });
    const { pages, text } = await render(content, [], 'empty');
    const all = text.pages.join('\n');
    expect(all).toContain('Nie opublikowano żadnej uwagi.');
    expect(all).toContain('Nie wyodrębniono tematów.');
    expect(all).toContain('Treść dokumentu nie zmieniła się w wyniku konsultacji.');
    expect(text.pages[pages - 1]).toContain(`Strona ${pages} z ${pages}`);
  });
});
