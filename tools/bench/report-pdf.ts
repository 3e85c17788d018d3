// Measures the report PDF for 1k, 10k and 100k comments (time, pages, file size, peak memory); the target is 100k in under 60 s.
//
// Usage: npm run bench:report-pdf                                      (all sizes, each in its own process; ~1-2 minutes)
//        node tools/run-ts.cjs tools/bench/report-pdf.ts --size 10000 (one measurement, prints one JSON line)
// Options (environment): REPORT_PDF_DATA_DIR (the shared data folder with polis/ and pabulib/, default ../shared/data next
// to the repository), REPORT_PDF_KEEP=1 keeps the PDFs (their paths are printed) instead of deleting them.
// Rows are built from real text: Polis statements as comment texts, Pabulib project titles (Polish) as section titles,
// passages, proposed wordings and the city's justifications, repeated with deterministic variation.
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
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
// The PDF renderer alone (the library's index also loads its Nest module and entities, which this bench does not need).
import { renderReportPdf } from '../../libs/api/reports/src/lib/pdf';

const SIZES = [1_000, 10_000, 100_000];
const LIMIT_MS = 60_000;
const DATA_DIR = process.env['REPORT_PDF_DATA_DIR'] ?? join(__dirname, '../../../shared/data');

function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body
    .filter((cells) => cells.length === header.length)
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

function loadTexts(): { statements: string[]; titles: string[] } {
  const polis = join(DATA_DIR, 'polis');
  const pabulib = join(DATA_DIR, 'pabulib/poland_projects_labelled.csv');
  if (!existsSync(polis) || !existsSync(pabulib)) throw new Error(`No Polis or Pabulib data under ${DATA_DIR} (set REPORT_PDF_DATA_DIR)`);
  const statements = readdirSync(polis)
    .sort()
    .filter((conversation) => existsSync(join(polis, conversation, 'comments.csv')))
    .flatMap((conversation) => parseCsv(readFileSync(join(polis, conversation, 'comments.csv'), 'utf8')).map((row) => row['comment-body']))
    .filter((text) => text?.trim());
  const titles = parseCsv(readFileSync(pabulib, 'utf8'))
    .map((row) => row['name'])
    .filter((text) => text?.trim());
  return { statements, titles };
}

/** Deterministic pseudo-random numbers (a linear congruential generator), so every run draws the same report. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SUBMITTERS = [
  SubmitterType.Resident,
  SubmitterType.Resident,
  SubmitterType.Resident,
  SubmitterType.Ngo,
  SubmitterType.Business,
  SubmitterType.Other,
];
const CHANNELS = [
  SubmissionChannel.Online,
  SubmissionChannel.Online,
  SubmissionChannel.Online,
  SubmissionChannel.Email,
  SubmissionChannel.Paper,
  SubmissionChannel.Meeting,
];
const STANCES = [Stance.Support, Stance.Oppose, Stance.Neutral, Stance.ProposesChange];
const DECISIONS = [...Object.values(DispositionDecision), null];
const ORGANISATIONS = [
  'Stowarzyszenie Zielony Kraków',
  'Fundacja Miasto Ludzi',
  'Rada Osiedla Zabłocie',
  'Kraków Miastem Rowerów',
  'Izba Gospodarcza Małopolski',
];

async function* benchRows(size: number, texts: { statements: string[]; titles: string[] }): AsyncIterable<ReportCommentRowDto> {
  const next = random(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  for (let number = 1; number <= size; number++) {
    const submitterType = pick(SUBMITTERS);
    const sectionIndex = Math.floor(next() * 12);
    yield {
      number,
      submitterType,
      organisationName: submitterType === SubmitterType.Resident ? null : pick(ORGANISATIONS),
      channel: pick(CHANNELS),
      receivedAt: new Date(Date.UTC(2026, 0, 10) + number * 1000).toISOString(),
      sectionKey: `s${sectionIndex + 1}`,
      sectionTitle: `§ ${sectionIndex + 1}. ${texts.titles[sectionIndex]}`,
      passage: next() < 0.5 ? pick(texts.titles) : null,
      text: texts.statements[number % texts.statements.length] + (number > texts.statements.length ? ` (${pick(texts.titles)})` : ''),
      proposedWording: next() < 0.15 ? pick(texts.titles) : null,
      stance: pick(STANCES),
      areaKey: null,
      themes: [],
      decision: pick(DECISIONS),
      justification: next() < 0.8 ? `${pick(texts.titles)}. ${pick(texts.statements)}` : null,
    };
  }
}

function benchContent(size: number, texts: { statements: string[]; titles: string[] }): ReportContentDto {
  const count = (labels: string[]) => labels.map((label, i) => ({ key: `k${i}`, label, count: Math.round(size / (i + 2)) }));
  return {
    consultationSlug: 'bench',
    consultationTitle: 'Miejscowy plan zagospodarowania przestrzennego obszaru „Zabłocie” (wersja testowa)',
    generatedAt: '2026-03-12T10:00:00.000Z',
    header: {
      subject: texts.titles.slice(0, 5).join('; '),
      organiser: 'Wydział Planowania Przestrzennego Urzędu Miasta Krakowa',
      participants: 'Mieszkańcy Krakowa, organizacje pozarządowe, rady dzielnic',
      startDate: '2026-01-10',
      endDate: '2026-02-20',
      announcement: 'Biuletyn Informacji Publicznej, strona dialogspoleczny.krakow.pl, plakaty, media społecznościowe',
      forms: 'Formularz internetowy, uwagi pisemne i elektroniczne, spotkania konsultacyjne',
      summary: texts.statements.slice(0, 4).join(' '),
    },
    figures: {
      comments: size,
      replies: Math.round(size / 4),
      uniqueParticipants: Math.round(size / 3),
      byChannel: count(['Formularz internetowy', 'Poczta elektroniczna', 'Pismo', 'Spotkanie konsultacyjne']),
      bySubmitterType: count(['Mieszkańcy', 'Organizacje pozarządowe', 'Przedsiębiorcy', 'Inne podmioty']),
      byArea: count(['Dzielnica I Stare Miasto', 'Dzielnica XIII Podgórze', 'Dzielnica II Grzegórzki']),
      bySection: count(texts.titles.slice(0, 12)),
      byStance: count(['Poparcie', 'Sprzeciw', 'Neutralne', 'Propozycja zmiany']),
      overTime: Array.from({ length: 42 }, (_, day) => ({
        date: new Date(Date.UTC(2026, 0, 10 + day)).toISOString().slice(0, 10),
        comments: Math.round(size / 42),
        replies: Math.round(size / 168),
      })),
      received: Math.round(size * 1.3),
      published: size,
      rejected: Math.round(size * 0.2),
      rejectedByReason: count(['Spam', 'Treść obraźliwa', 'Duplikat', 'Dane osobowe']),
      hidden: Math.round(size * 0.05),
      withdrawn: Math.round(size * 0.05),
      byDecision: count(['Uwzględniono', 'Uwzględniono częściowo', 'Nie uwzględniono', 'Przyjęto do wiadomości', 'Do dalszych prac']),
    },
    themes: Array.from({ length: 12 }, (_, i) => ({
      themeId: `t${i}`,
      name: texts.titles[100 + i],
      description: texts.statements[200 + i],
      colour: THEME_COLOURS[i % THEME_COLOURS.length],
      count: Math.round(size / (i + 3)),
      stance: { support: 10 * i, oppose: 5 + i, neutral: 3, proposes_change: 7 },
      quotes: [0, 1, 2].map((q) => ({
        number: 1 + ((i * 37 + q * 101) % size),
        text: texts.statements[(i * 37 + q * 101) % texts.statements.length],
      })),
      response: texts.statements[300 + i],
    })),
    changes: {
      fromVersion: 1,
      toVersion: 2,
      sectionsAdded: [],
      sectionsRemoved: [],
      changes: Array.from({ length: 20 }, (_, i) => ({
        kind: ParagraphChangeKind.Changed,
        paragraphKey: `p${i}`,
        sectionKey: `s${(i % 12) + 1}`,
        sectionTitle: texts.titles[i % 12],
        before: texts.statements[400 + i],
        after: texts.statements[500 + i],
        words: [
          { op: 'equal' as const, text: `${texts.titles[600 + i]} ` },
          { op: 'delete' as const, text: texts.statements[400 + i] },
          { op: 'insert' as const, text: texts.statements[500 + i] },
        ],
        themeIds: [`t${i % 12}`],
        commentIds: [],
      })),
    },
  };
}

interface Measurement {
  size: number;
  ms: number;
  cpuMs: number;
  pages: number;
  bytes: number;
  rssBeforeMb: number;
  peakRssMb: number;
  /** Largest heap + array buffers right after a full GC, sampled every 10 s: the memory really in use. */
  liveMb: number;
  load: number[];
  file?: string;
}

async function measure(size: number): Promise<Measurement> {
  const texts = loadTexts();
  const content = benchContent(size, texts);
  const file = join(tmpdir(), `consulta-report-bench-${size}-${process.pid}.pdf`);
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  const load = loadavg();
  const gc = (globalThis as { gc?: () => void }).gc;
  let liveMb = 0;
  const sampler = setInterval(() => {
    if (!gc) return;
    gc();
    const memory = process.memoryUsage();
    liveMb = Math.max(liveMb, (memory.heapUsed + memory.arrayBuffers) / 2 ** 20);
  }, 10_000);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { pages } = await renderReportPdf(
    { content, rows: benchRows(size, texts), version: 1, publishedAt: '2026-03-15' },
    createWriteStream(file),
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const bytes = statSync(file).size;
  const keep = process.env['REPORT_PDF_KEEP'] === '1';
  if (!keep) unlinkSync(file);
  return {
    size,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    pages,
    bytes,
    rssBeforeMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    liveMb,
    load,
    ...(keep ? { file } : {}),
  };
}

function main(): void {
  const rows: Measurement[] = [];
  for (const size of SIZES) {
    const output = execFileSync(process.execPath, ['--expose-gc', join(__dirname, '../run-ts.cjs'), __filename, '--size', String(size)], {
      encoding: 'utf8',
      env: process.env,
    });
    rows.push(JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement);
  }
  console.log(`Report PDF on ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}):\n`);
  console.log('| comments | time | CPU time | pages | file | RSS before | peak RSS | live heap after GC (max) | load (1/5/15 min) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.size.toLocaleString('en')} | ${(row.ms / 1000).toFixed(1)} s | ${(row.cpuMs / 1000).toFixed(1)} s | ${row.pages.toLocaleString('en')} | ` +
        `${(row.bytes / 2 ** 20).toFixed(1)} MB | ${row.rssBeforeMb.toFixed(0)} MB | ${row.peakRssMb.toFixed(0)} MB | ${row.liveMb.toFixed(0)} MB | ` +
        `${row.load.map((value) => value.toFixed(1)).join(' / ')} |${row.file ? ` ${row.file}` : ''}`,
    );
  }
  const slow = rows.filter((row) => row.ms > LIMIT_MS);
  if (slow.length > 0) {
    console.error(
      `\nOver ${LIMIT_MS / 1000} s: ${slow.map((row) => `${row.size} comments in ${(row.ms / 1000).toFixed(1)} s`).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

if (process.argv.includes('--size')) {
  measure(Number(process.argv[process.argv.indexOf('--size') + 1])).then(
    (measurement) => console.log(JSON.stringify(measurement)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
} else main();
