// Measures the automatic moderation flags: precision/recall per type on hand-labelled comments, flag rates on real Polis statements and Pabulib titles, near-duplicate grouping, and time per comment.
//
// Usage: npm run eval:flags  (= node tools/run-ts.cjs tools/eval/flags.ts)
// Optional: FLAGS_DATA_DIR (the shared data folder with polis/ and pabulib/, default ../shared/data next to the repository),
// FLAGS_EXAMPLES (how many flagged texts to print per list, default 12).
import { FlagReason } from '@consulta/shared/contracts';
import {
  fingerprintSimilarity,
  groupNearDuplicates,
  NEAR_DUPLICATE_THRESHOLD,
  TextFlag,
  TextFlagger,
  textFingerprint,
} from '@consulta/api/text-analysis';
import { dictionary as englishWords } from '@zxcvbn-ts/language-en';
import { dictionary as polishWords } from '@zxcvbn-ts/language-pl';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const DATA_DIR = process.env['FLAGS_DATA_DIR'] ?? join(__dirname, '../../../shared/data');
const LABELLED = join(__dirname, 'data/flags-labelled.jsonl');
const EXAMPLES = Number(process.env['FLAGS_EXAMPLES'] ?? 12);

/** The flag types scored: profanity, the four kinds of personal data, links. */
const TYPES = ['profanity', 'pesel', 'phone', 'email', 'iban', 'link'] as const;
type FlagType = (typeof TYPES)[number];

interface LabelledText {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  readonly flags: readonly { readonly type: FlagType; readonly match: string }[];
  /** Near-duplicate group (edited copies of one campaign text). */
  readonly group?: string;
  /** Why the case is there, for cases written as known limits ("… expected miss", "… expected false positive"). */
  readonly note?: string;
}

function typeOf(flag: TextFlag): FlagType | null {
  switch (flag.reason) {
    case FlagReason.Profanity:
      return 'profanity';
    case FlagReason.Link:
      return 'link';
    case FlagReason.PersonalData:
      return TYPES.find((type) => type === flag.detail) ?? null;
    case FlagReason.NearDuplicate:
    case FlagReason.PostingRate:
      return null;
  }
}

// ------------------------------------------------------------------------------------------------ output helpers

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
const ratio = (part: number, whole: number): string => (whole === 0 ? '—' : (part / whole).toFixed(3));
const clip = (text: string, length = 110): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

function heading(title: string): void {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 100 - title.length))}`);
}

// ------------------------------------------------------------------------------------------------ data

function readLabelled(): LabelledText[] {
  const texts = readFileSync(LABELLED, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledText);
  for (const item of texts) {
    for (const flag of item.flags) {
      if (!TYPES.includes(flag.type)) throw new Error(`${item.id}: unknown flag type ${flag.type}`);
      if (!item.text.includes(flag.match)) throw new Error(`${item.id}: "${flag.match}" is not in the text`);
    }
  }
  return texts;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
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
    .map((cells) => Object.fromEntries(header.map((name, column) => [name, cells[column]])));
}

interface PolisStatement {
  readonly conversation: string;
  readonly id: string;
  readonly moderated: string;
  readonly text: string;
}

function readPolis(): PolisStatement[] {
  const dir = join(DATA_DIR, 'polis');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((conversation) => existsSync(join(dir, conversation, 'comments.csv')))
    .sort()
    .flatMap((conversation) =>
      parseCsv(readFileSync(join(dir, conversation, 'comments.csv'), 'utf8')).map((row) => ({
        conversation,
        id: row['comment-id'],
        moderated: row['moderated'],
        text: row['comment-body'],
      })),
    )
    .filter((statement) => statement.text.trim());
}

function readPabulib(): string[] {
  const file = join(DATA_DIR, 'pabulib/poland_projects_labelled.csv');
  return existsSync(file) ? parseCsv(readFileSync(file, 'utf8')).map((row) => row['name']) : [];
}

// ------------------------------------------------------------------------------------------------ labelled set

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function evaluateLabelled(flagger: TextFlagger, texts: readonly LabelledText[]): void {
  heading(`Labelled comments: ${texts.length} hand-written texts (tools/eval/data/flags-labelled.jsonl)`);
  const byText = new Map<FlagType, Counts>(TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
  const bySpan = new Map<FlagType, Counts>(TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  let unexpected = 0;
  for (const item of texts) {
    const known = item.note?.includes('expected') ? ` (${item.note})` : '';
    const predicted = flagger.flag(item.text);
    for (const flag of predicted) {
      if (item.text.slice(flag.start, flag.end) !== flag.match) throw new Error(`${item.id}: offsets do not match "${flag.match}"`);
    }
    for (const type of TYPES) {
      const gold = goldSpans(item, type);
      const found = predicted.filter((flag) => typeOf(flag) === type);
      const textCounts = byText.get(type);
      const spanCounts = bySpan.get(type);
      if (!textCounts || !spanCounts) continue;
      if (gold.length > 0 && found.length > 0) textCounts.tp++;
      else if (found.length > 0) textCounts.fp++;
      else if (gold.length > 0) textCounts.fn++;
      const unmatched = [...gold];
      for (const flag of found) {
        const hit = unmatched.findIndex((span) => flag.start < span.end && span.start < flag.end);
        if (hit >= 0) {
          unmatched.splice(hit, 1);
          spanCounts.tp++;
        } else {
          spanCounts.fp++;
          if (!known) unexpected++;
          errors.push(`FP ${type.padEnd(9)} ${item.id.padEnd(14)} "${flag.match}" in: ${clip(item.text, 80)}${known}`);
        }
      }
      for (const span of unmatched) {
        spanCounts.fn++;
        if (!known) unexpected++;
        errors.push(
          `FN ${type.padEnd(9)} ${item.id.padEnd(14)} "${item.text.slice(span.start, span.end)}" in: ${clip(item.text, 80)}${known}`,
        );
      }
    }
  }
  const rows = TYPES.map((type) => {
    const text = byText.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const span = bySpan.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    return [
      type,
      text.tp + text.fn,
      text.tp,
      text.fp,
      text.fn,
      ratio(text.tp, text.tp + text.fp),
      ratio(text.tp, text.tp + text.fn),
      span.tp + span.fn,
      ratio(span.tp, span.tp + span.fp),
      ratio(span.tp, span.tp + span.fn),
    ];
  });
  const all = [...byText.values()].reduce((sum, counts) => ({ tp: sum.tp + counts.tp, fp: sum.fp + counts.fp, fn: sum.fn + counts.fn }));
  rows.push([
    'all types',
    all.tp + all.fn,
    all.tp,
    all.fp,
    all.fn,
    ratio(all.tp, all.tp + all.fp),
    ratio(all.tp, all.tp + all.fn),
    '',
    '',
    '',
  ]);
  console.log('Per text: a text counts once per type. Per span: each labelled occurrence, matched by overlap.\n');
  table(['type', 'texts', 'TP', 'FP', 'FN', 'precision', 'recall', 'spans', 'span P', 'span R'], rows);
  console.log(`\nErrors by span (${errors.length}, of which ${unexpected} on cases not written as known limits):`);
  for (const error of errors) console.log(`  ${error}`);
  evaluateLabelledDuplicates(texts);
}

/** The labelled occurrences of one type as offsets (repeated matches map to successive occurrences). */
function goldSpans(item: LabelledText, type: FlagType): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const flag of item.flags.filter((candidate) => candidate.type === type)) {
    let from = 0;
    let start = item.text.indexOf(flag.match, from);
    while (start >= 0 && spans.some((span) => span.start === start)) {
      from = start + 1;
      start = item.text.indexOf(flag.match, from);
    }
    if (start >= 0) spans.push({ start, end: start + flag.match.length });
  }
  return spans;
}

function evaluateLabelledDuplicates(texts: readonly LabelledText[]): void {
  const groups = groupNearDuplicates(texts.map((item) => textFingerprint(item.text)));
  const predicted = new Set<string>();
  for (const group of groups) for (const a of group) for (const b of group) if (a < b) predicted.add(`${a}:${b}`);
  const gold = new Set<string>();
  texts.forEach((a, i) =>
    texts.forEach((b, j) => {
      if (i < j && a.group && a.group === b.group) gold.add(`${i}:${j}`);
    }),
  );
  const tp = [...predicted].filter((pair) => gold.has(pair)).length;
  console.log(
    `\nNear-duplicates on the labelled set (threshold ${NEAR_DUPLICATE_THRESHOLD}): ${gold.size} labelled pairs in ` +
      `${new Set(texts.map((item) => item.group).filter(Boolean)).size} campaigns, ${predicted.size} pairs predicted in ${groups.length} groups; ` +
      `pair precision ${ratio(tp, predicted.size)}, pair recall ${ratio(tp, gold.size)}`,
  );
  for (const pair of gold) {
    if (predicted.has(pair)) continue;
    const [a, b] = pair.split(':').map(Number);
    const similarity = fingerprintSimilarity(textFingerprint(texts[a].text), textFingerprint(texts[b].text));
    console.log(`  missed pair (similarity ${similarity.toFixed(2)}): ${texts[a].id} / ${texts[b].id}`);
  }
  for (const pair of predicted) {
    if (gold.has(pair)) continue;
    const [a, b] = pair.split(':').map(Number);
    console.log(`  wrong pair: ${clip(texts[a].text, 60)} / ${clip(texts[b].text, 60)}`);
  }
}

// ------------------------------------------------------------------------------------------------ real data

function flagRates(name: string, texts: readonly string[], flagsOf: readonly TextFlag[][]): void {
  const rows = TYPES.map((type) => {
    const flagged = flagsOf.filter((flags) => flags.some((flag) => typeOf(flag) === type)).length;
    return [type, flagged, percent(flagged, texts.length)];
  });
  const any = flagsOf.filter((flags) => flags.length > 0).length;
  rows.push(['any flag', any, percent(any, texts.length)]);
  table([`${name}: texts flagged`, 'count', 'rate'], rows);
  for (const type of TYPES) {
    const examples = texts
      .map((text, index) => ({ text, flags: flagsOf[index].filter((flag) => typeOf(flag) === type) }))
      .filter((example) => example.flags.length > 0);
    if (examples.length === 0) continue;
    console.log(`\n  ${type} (${examples.length}; first ${Math.min(EXAMPLES, examples.length)} for checking by eye):`);
    for (const example of examples.slice(0, EXAMPLES)) {
      console.log(`    [${example.flags.map((flag) => flag.match).join(' | ')}] ${clip(example.text)}`);
    }
  }
}

function evaluatePolis(flagger: TextFlagger, statements: readonly PolisStatement[]): TextFlag[][] {
  heading(
    `Polis: ${statements.length} real statements from ${new Set(statements.map((s) => s.conversation)).size} conversations (CC BY 4.0)`,
  );
  const flagsOf = statements.map((statement) => flagger.flag(statement.text));
  flagRates(
    'Polis',
    statements.map((statement) => statement.text),
    flagsOf,
  );

  console.log('\nProfanity flag against the human moderation column (-1 rejected, 1 accepted, 0 not reviewed;');
  console.log('rejections include duplicates and off-topic statements, so this is not a profanity label):\n');
  const rows = ['-1', '1', '0'].map((value) => {
    const inClass = statements.map((statement, index) => ({ statement, index })).filter(({ statement }) => statement.moderated === value);
    const flagged = inClass.filter(({ index }) => flagsOf[index].some((flag) => flag.reason === FlagReason.Profanity)).length;
    return [value, inClass.length, flagged, percent(flagged, inClass.length)];
  });
  table(['moderated', 'statements', 'profanity-flagged', 'rate'], rows);
  const flagged = statements.filter((_, index) => flagsOf[index].some((flag) => flag.reason === FlagReason.Profanity));
  const rejected = flagged.filter((statement) => statement.moderated === '-1').length;
  const overall = statements.filter((statement) => statement.moderated === '-1').length;
  console.log(
    `\nOf ${flagged.length} profanity-flagged statements, ${rejected} (${percent(rejected, flagged.length)}) were rejected by the moderators, ` +
      `against ${percent(overall, statements.length)} of all statements.`,
  );
  evaluatePolisDuplicates(statements);
  return flagsOf;
}

function evaluatePolisDuplicates(statements: readonly PolisStatement[]): void {
  console.log(`\nNear-duplicate groups at similarity ≥ ${NEAR_DUPLICATE_THRESHOLD}, within each conversation:\n`);
  const rows: (string | number)[][] = [];
  const examples: PolisStatement[][] = [];
  let laterCopies = 0;
  let laterCopiesRejected = 0;
  for (const conversation of [...new Set(statements.map((statement) => statement.conversation))]) {
    const inConversation = statements.filter((statement) => statement.conversation === conversation);
    const groups = groupNearDuplicates(inConversation.map((statement) => textFingerprint(statement.text)));
    const members = groups.reduce((sum, group) => sum + group.length, 0);
    rows.push([conversation, inConversation.length, groups.length, members, Math.max(0, ...groups.map((group) => group.length))]);
    for (const group of groups) {
      examples.push(group.map((index) => inConversation[index]));
      // The statements after the first of each group: the copies a moderator would see as duplicates.
      const copies = group.slice(1).map((index) => inConversation[index]);
      laterCopies += copies.length;
      laterCopiesRejected += copies.filter((statement) => statement.moderated === '-1').length;
    }
  }
  const total = rows.reduce(
    (sum, row) => [
      sum[0],
      Number(sum[1]) + Number(row[1]),
      Number(sum[2]) + Number(row[2]),
      Number(sum[3]) + Number(row[3]),
      Math.max(Number(sum[4]), Number(row[4])),
    ],
    ['all', 0, 0, 0, 0],
  );
  table(['conversation', 'statements', 'groups', 'in groups', 'largest'], [...rows, total]);
  console.log(
    `\nCopies after the first of each group: ${laterCopies}, of which ${laterCopiesRejected} (${percent(laterCopiesRejected, laterCopies)}) ` +
      `were rejected by the Polis moderators (all statements: ${percent(statements.filter((s) => s.moderated === '-1').length, statements.length)}).`,
  );
  console.log(`\nGroups for checking by eye (first ${Math.min(EXAMPLES, examples.length)}, ordered by size):`);
  console.log("(moderation column, then each statement's highest similarity to another member: groups are single-linkage)");
  for (const group of [...examples].sort((a, b) => b.length - a.length).slice(0, EXAMPLES)) {
    const fingerprints = group.map((statement) => textFingerprint(statement.text));
    console.log(`  ${group.length} statements in ${group[0].conversation}:`);
    group.slice(0, 4).forEach((statement, index) => {
      const best = Math.max(...fingerprints.map((other, j) => (j === index ? 0 : fingerprintSimilarity(fingerprints[index], other))));
      console.log(`    [${statement.moderated.padStart(2)}] ${best.toFixed(2)}  ${clip(statement.text, 100)}`);
    });
  }
}

/**
 * Every word of zxcvbn's frequency lists (Polish and English subtitles and Wikipedia, first and last names)
 * that the profanity flag matches, printed in full: the list is for checking by eye that only real profanity
 * (which those lists contain too) is matched, never an ordinary word or a surname.
 */
function auditCommonWords(flagger: TextFlagger): void {
  heading('Common-word audit: words from frequency lists and name lists that the profanity flag matches');
  const lists: [string, readonly string[]][] = [
    ['Polish common words', polishWords.commonWords],
    ['Polish Wikipedia words', polishWords.wikipedia],
    ['Polish first names', [...polishWords.femaleFirstnames, ...polishWords.maleFirstnames]],
    ['Polish surnames', [...new Set([...polishWords.femaleLastnames, ...polishWords.maleLastnames])]],
    ['English common words', englishWords.commonWords],
    ['English Wikipedia words', englishWords.wikipedia],
    ['English first names', englishWords.firstnames],
    ['English surnames', englishWords.lastnames],
  ];
  for (const [name, words] of lists) {
    const matched = words.filter((word) => flagger.flag(word).some((flag) => flag.reason === FlagReason.Profanity));
    console.log(`\n${name}: ${matched.length} of ${words.length} matched${matched.length ? ':' : ''}`);
    if (matched.length) console.log(`  ${matched.join(', ')}`);
  }
}

function evaluatePabulib(flagger: TextFlagger, titles: readonly string[]): void {
  heading(`Pabulib: ${titles.length} Polish participatory-budget project titles (a realistic Polish negative set)`);
  flagRates(
    'Pabulib',
    titles,
    titles.map((title) => flagger.flag(title)),
  );
}

// ------------------------------------------------------------------------------------------------ timing

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

interface Timing {
  readonly median: number;
  readonly p99: number;
  readonly max: number;
  /** p99 of each text's fastest of three passes: the work itself, without the machine's scheduling noise. */
  readonly p99BestOf3: number;
}

function timePerText(texts: readonly string[], work: (text: string) => unknown): Timing {
  for (const text of texts.slice(0, 500)) work(text); // warm-up: let the JIT compile the hot paths first
  const passes = [0, 1, 2].map(() =>
    texts.map((text) => {
      const start = process.hrtime.bigint();
      work(text);
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
  const first = [...passes[0]].sort((a, b) => a - b);
  const best = passes[0].map((_, index) => Math.min(...passes.map((pass) => pass[index]))).sort((a, b) => a - b);
  return { median: quantile(first, 0.5), p99: quantile(first, 0.99), max: first[first.length - 1], p99BestOf3: quantile(best, 0.99) };
}

function evaluateTiming(flagger: TextFlagger, statements: readonly PolisStatement[]): void {
  heading('Time per comment (process.hrtime, after a warm-up)');
  const texts = statements.map((statement) => statement.text);
  const lengths = texts.map((text) => text.length).sort((a, b) => a - b);
  // Long comments: consecutive statements joined to about 2,000 characters (the upper end of real comments).
  const long: string[] = [];
  for (let index = 0; index < texts.length;) {
    let text = '';
    while (index < texts.length && text.length < 2000) text += `${texts[index++]} `;
    long.push(text);
  }
  const construct = process.hrtime.bigint();
  new TextFlagger();
  const constructMs = Number(process.hrtime.bigint() - construct) / 1e6;
  const ms = (value: number) => value.toFixed(3);
  const rows = [
    ['flag()', ...Object.values(timePerText(texts, (text) => flagger.flag(text))).map(ms)],
    ['textFingerprint()', ...Object.values(timePerText(texts, (text) => textFingerprint(text))).map(ms)],
    ['both', ...Object.values(timePerText(texts, (text) => [flagger.flag(text), textFingerprint(text)])).map(ms)],
    ['both, ~2,000-char texts', ...Object.values(timePerText(long, (text) => [flagger.flag(text), textFingerprint(text)])).map(ms)],
  ];
  console.log("First pass over every text (median, p99, max), and the p99 of each text's fastest of three passes:\n");
  table(['per text (ms)', 'median', 'p99', 'max', 'p99 best of 3'], rows);
  console.log(
    `\n${texts.length} Polis statements (median ${quantile(lengths, 0.5)} characters, p99 ${quantile(lengths, 0.99)}), ${long.length} long texts. ` +
      `Building a TextFlagger (compiling the lists): ${constructMs.toFixed(1)} ms, once per list version.`,
  );
  console.log(
    `Machine: ${cpus().length} CPUs, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')} (1/5/15 min) while measuring.`,
  );
}

// ------------------------------------------------------------------------------------------------ main

function main(): void {
  const flagger = new TextFlagger();
  evaluateLabelled(flagger, readLabelled());
  const statements = readPolis();
  if (statements.length === 0) {
    console.log(`\nNo Polis data under ${DATA_DIR}/polis: real-data checks and timing skipped.`);
    return;
  }
  evaluatePolis(flagger, statements);
  evaluatePabulib(flagger, readPabulib());
  auditCommonWords(flagger);
  evaluateTiming(flagger, statements);
}

main();
