// Measures theme discovery over 1k, 10k and 100k comments and suggestions for 1,000 new comments (time, peak memory, machine load).
//
// Usage: node tools/run-ts.cjs tools/bench/themes.ts            (all sizes, each in its own process; ~1 minute)
//        node tools/run-ts.cjs tools/bench/themes.ts --size 10000 (one measurement, prints one JSON line)
// Comments are built from the Polis statements and Pabulib titles in ../shared/data, repeated with small
// deterministic variations (a word dropped, two words swapped, a place or a short phrase added), random stances.
import { discoverThemes, SeededRandom, suggestThemes, trainSuggester, ThemeComment } from '@consulta/api/themes';
import { Stance } from '@consulta/shared/contracts';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadPabulib, polisMix } from '../eval/data/themes-data';

const SIZES = [1_000, 10_000, 100_000];
const SUGGEST_COMMENTS = 1_000;
const LIMITS = { discoveryMs: 10_000, memoryMb: 1_024, suggestMs: 1_000 };
const PLACES = ['Nowa Huta', 'Podgórze', 'Krowodrza', 'Bronowice', 'Kazimierz', 'Prądnik Biały', 'Dębniki', 'Zwierzyniec'];
const PHRASES = ['moim zdaniem', 'please', 'to ważne', 'jak najszybciej', 'for everyone', 'dla mieszkańców', 'naprawdę', 'thanks'];
const STANCES = [Stance.Support, Stance.Oppose, Stance.Neutral, Stance.ProposesChange];

/** Deterministic corpus of `size` comments: the real texts first, then variations of them. */
export function benchComments(size: number): ThemeComment[] {
  const sources = [...polisMix().items.map((item) => item.text), ...loadPabulib().map((row) => row['name'])].filter((text) => text);
  const random = new SeededRandom(2024);
  const comments: ThemeComment[] = [];
  for (let i = 0; i < size; i++) {
    const source = sources[i % sources.length];
    let text = source;
    if (i >= sources.length) {
      const words = source.split(/\s+/);
      const variation = random.nextInt(4);
      if (variation === 0 && words.length > 3) words.splice(random.nextInt(words.length), 1);
      else if (variation === 1 && words.length > 3) {
        const at = random.nextInt(words.length - 1);
        [words[at], words[at + 1]] = [words[at + 1], words[at]];
      } else if (variation === 2) words.push(PLACES[random.nextInt(PLACES.length)]);
      else words.unshift(PHRASES[random.nextInt(PHRASES.length)]);
      text = words.join(' ');
    }
    comments.push({ id: `c${i}`, text, stance: STANCES[random.nextInt(STANCES.length)] });
  }
  return comments;
}

interface Measurement {
  size: number;
  discoveryMs: number;
  proposals: number;
  coverage: number;
  suggestMs?: number;
  trainMs?: number;
  rssBeforeMb: number;
  peakRssMb: number;
  load: number[];
}

function measure(size: number): Measurement {
  const comments = benchComments(size);
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  const load = loadavg();
  const started = performance.now();
  const result = discoverThemes(comments, { seed: 1 });
  const discoveryMs = performance.now() - started;
  const measurement: Measurement = {
    size,
    discoveryMs,
    proposals: result.proposals.length,
    coverage: 1 - result.unassignedCommentIds.length / size,
    rssBeforeMb,
    peakRssMb: 0,
    load,
  };
  if (size === 10_000) {
    // Suggestions: a model trained on this consultation (the discovered groups as 10 staff-assigned comments each),
    // then 1,000 comments it has not seen.
    const themes = result.proposals.map((proposal) => ({ id: proposal.key, name: proposal.keywords.slice(0, 3).join(' ') }));
    const assignments = result.proposals.flatMap((proposal) =>
      proposal.commentIds.slice(0, 10).map((commentId) => ({ commentId, themeId: proposal.key })),
    );
    const trainStarted = performance.now();
    const model = trainSuggester({ themes, assignments, comments }, { seed: 1 });
    measurement.trainMs = performance.now() - trainStarted;
    const fresh = benchComments(size + SUGGEST_COMMENTS).slice(size);
    const suggestStarted = performance.now();
    suggestThemes(model, fresh);
    measurement.suggestMs = performance.now() - suggestStarted;
  }
  measurement.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return measurement;
}

function main(): void {
  const sizeArgument = process.argv.indexOf('--size');
  if (sizeArgument >= 0) {
    console.log(JSON.stringify(measure(Number(process.argv[sizeArgument + 1]))));
    return;
  }
  const rows: Measurement[] = [];
  for (const size of SIZES) {
    const output = execFileSync(process.execPath, [join(__dirname, '../run-ts.cjs'), __filename, '--size', String(size)], {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    rows.push(JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement);
  }
  console.log('| comments | discovery | proposals | coverage | RSS before | peak RSS | load (1/5/15 min) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.size.toLocaleString('en')} | ${(row.discoveryMs / 1000).toFixed(2)} s | ${row.proposals} | ${(100 * row.coverage).toFixed(0)} % | ` +
        `${row.rssBeforeMb.toFixed(0)} MB | ${row.peakRssMb.toFixed(0)} MB | ${row.load.map((value) => value.toFixed(1)).join(' / ')} |`,
    );
  }
  const suggest = rows.find((row) => row.suggestMs !== undefined);
  if (suggest) {
    console.log(
      `\nSuggestions: ${SUGGEST_COMMENTS} new comments scored in ${suggest.suggestMs?.toFixed(0)} ms ` +
        `(model trained on ${suggest.size.toLocaleString('en')} comments in ${((suggest.trainMs ?? 0) / 1000).toFixed(2)} s).`,
    );
  }
  const failures = rows.flatMap((row) => [
    ...(row.discoveryMs > LIMITS.discoveryMs ? [`discovery over ${row.size} comments took ${row.discoveryMs.toFixed(0)} ms`] : []),
    ...(row.peakRssMb > LIMITS.memoryMb ? [`peak RSS ${row.peakRssMb.toFixed(0)} MB at ${row.size} comments`] : []),
    ...(row.suggestMs !== undefined && row.suggestMs > LIMITS.suggestMs ? [`suggestions took ${row.suggestMs.toFixed(0)} ms`] : []),
  ]);
  if (failures.length > 0) {
    console.error(`\nOver the limits (10 s, 1 GB, 1 s): ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

// Run when started as a script (run-ts.cjs puts the script in argv[1]), not when imported for its corpus.
if (process.argv[1] === __filename) main();
