// Scores theme discovery (ARI, NMI) and suggestion (macro-F1, 10 labelled comments per theme) on labelled real data, against a plain baseline computed in the same run.
//
// Usage: npm run eval:themes   (node tools/run-ts.cjs tools/eval/themes.ts; about 2 minutes on 2 cores)
// Options (environment): THEMES_EVAL_SETS=lodz,wroclaw,katowice,warszawa,warszawa-multi,polis (default: all),
// THEMES_DATA_DIR (default ../shared/data). Method and protocol: docs/themes.md.
import {
  adjustedRandIndex,
  baselineKMeans,
  baselineNearestCentroid,
  baselineVectors,
  discoverThemes,
  labelScores,
  normalizedMutualInformation,
  SeededRandom,
  suggestThemes,
  trainSuggester,
} from '@consulta/api/themes';
import { DataSet, loadPabulib, pabulibCity, polisMix } from './data/themes-data';

/** Seeds of the discovery runs (engine and baseline k-means) and of the suggestion samples. */
const DISCOVERY_SEEDS = [1, 2, 3];
const SUGGESTION_SEEDS = [1, 2, 3, 4, 5];
const EXAMPLES_PER_THEME = 10;
/** Suggestions at or above this confidence are what the UI proposes by default (DEFAULT_SUGGEST_OPTIONS). */
const CONFIDENCE_THRESHOLD = 0.5;

interface DiscoveryFigures {
  ari: number;
  nmi: number;
  coverage: number;
  groups: number;
  nmiAssigned: number;
}

interface SuggestionFigures {
  macroF1: number;
  macroF1WithoutNames: number;
  baselineMacroF1: number;
  /** Share of test comments with a suggestion at or above the threshold, and how often that suggestion is right. */
  confidentShare: number;
  confidentPrecision: number;
  /** Mean confidence of the top suggestion vs how often it is right (calibration). */
  meanTopConfidence: number;
  topAccuracy: number;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const f3 = (value: number): string => value.toFixed(3);

function evaluateDiscovery(set: DataSet): { engine: DiscoveryFigures; engineAtK: DiscoveryFigures; baseline: DiscoveryFigures } {
  const truth = set.items.map((item) => item.labels[0]);
  const classes = new Set(truth).size;
  const engineRuns = (maxProposals?: number) =>
    DISCOVERY_SEEDS.map((seed): DiscoveryFigures => {
      const result = discoverThemes(
        set.items.map((item) => ({ id: item.id, text: item.text })),
        { seed, maxProposals },
      );
      const groupOf = new Map<string, string>();
      for (const proposal of result.proposals) for (const id of proposal.commentIds) groupOf.set(id, proposal.key);
      // Unassigned comments count as one more group, "unassigned" (so leaving comments out is never free).
      const predicted = set.items.map((item) => groupOf.get(item.id) ?? 'unassigned');
      const assigned = set.items.map((_, i) => i).filter((i) => predicted[i] !== 'unassigned');
      return {
        ari: adjustedRandIndex(truth, predicted),
        nmi: normalizedMutualInformation(truth, predicted),
        coverage: assigned.length / set.items.length,
        groups: result.proposals.length,
        nmiAssigned: normalizedMutualInformation(
          assigned.map((i) => truth[i]),
          assigned.map((i) => predicted[i]),
        ),
      };
    });
  const vectors = baselineVectors(set.items.map((item) => item.text));
  const baselineRuns = DISCOVERY_SEEDS.map((seed): DiscoveryFigures => {
    const predicted = Array.from(baselineKMeans(vectors, classes, seed));
    const nmi = normalizedMutualInformation(truth, predicted);
    return { ari: adjustedRandIndex(truth, predicted), nmi, coverage: 1, groups: classes, nmiAssigned: nmi };
  });
  const average = (runs: DiscoveryFigures[]): DiscoveryFigures => ({
    ari: mean(runs.map((run) => run.ari)),
    nmi: mean(runs.map((run) => run.nmi)),
    coverage: mean(runs.map((run) => run.coverage)),
    groups: mean(runs.map((run) => run.groups)),
    nmiAssigned: mean(runs.map((run) => run.nmiAssigned)),
  });
  return { engine: average(engineRuns()), engineAtK: average(engineRuns(classes)), baseline: average(baselineRuns) };
}

/**
 * For each seed: EXAMPLES_PER_THEME comments per theme are "assigned by staff" (for multi-label data, a comment
 * sampled for one theme brings all its themes, as staff would assign them all); every other comment is a test
 * comment. The engine is trained on all comments' text (labels only from the sample), then scores the test comments.
 * Single-label sets: the top suggestion is the prediction. Multi-label: every theme at or above the threshold,
 * or the top one when none reaches it.
 */
function evaluateSuggestion(set: DataSet): SuggestionFigures {
  const themes = [...new Set(set.items.flatMap((item) => item.labels))].sort();
  const baselineMatrix = baselineVectors(set.items.map((item) => item.text));
  const runs = SUGGESTION_SEEDS.map((seed) => {
    const random = new SeededRandom(seed * 7919);
    const train = new Set<number>();
    for (const theme of themes) {
      const rows = set.items.map((item, i) => (item.labels.includes(theme) && !train.has(i) ? i : -1)).filter((i) => i >= 0);
      for (const row of random.shuffle(rows).slice(0, EXAMPLES_PER_THEME)) train.add(row);
    }
    const trainRows = [...train].sort((a, b) => a - b);
    const testRows = set.items.map((_, i) => i).filter((i) => !train.has(i));
    const truth = testRows.map((row) => new Set(set.items[row].labels));
    const comments = set.items.map((item) => ({ id: item.id, text: item.text }));
    const assignments = trainRows.flatMap((row) => set.items[row].labels.map((themeId) => ({ commentId: set.items[row].id, themeId })));

    const predict = (withNames: boolean) => {
      const model = trainSuggester(
        { themes: themes.map((id) => ({ id, name: withNames ? (set.themeNames.get(id) ?? '') : '' })), assignments, comments },
        { seed },
      );
      const suggestions = suggestThemes(
        model,
        testRows.map((row) => comments[row]),
        { minConfidence: 0, maxPerComment: themes.length },
      );
      const byComment = new Map<string, { themeId: string; confidence: number }[]>();
      for (const suggestion of suggestions) {
        const list = byComment.get(suggestion.commentId) ?? [];
        list.push(suggestion);
        byComment.set(suggestion.commentId, list);
      }
      return testRows.map((row) => byComment.get(set.items[row].id) ?? []);
    };
    const toSets = (ranked: { themeId: string; confidence: number }[][]) =>
      ranked.map((list) => {
        if (!set.multiLabel) return new Set(list.slice(0, 1).map((s) => s.themeId));
        const confident = list.filter((s) => s.confidence >= CONFIDENCE_THRESHOLD).map((s) => s.themeId);
        return new Set(confident.length > 0 ? confident : list.slice(0, 1).map((s) => s.themeId));
      });

    const ranked = predict(true);
    const macroF1 = labelScores(truth, toSets(ranked), themes).macroF1;
    const macroF1WithoutNames = labelScores(truth, toSets(predict(false)), themes).macroF1;

    const baselineClasses = baselineNearestCentroid(
      baselineMatrix,
      themes.map((theme) => trainRows.filter((row) => set.items[row].labels.includes(theme))),
      testRows,
    );
    const baselineMacroF1 = labelScores(
      truth,
      baselineClasses.map((c) => new Set([themes[c]])),
      themes,
    ).macroF1;

    const top = ranked.map((list) => list[0]);
    const confident = top.map((s, i) => ({ s, i })).filter(({ s }) => s && s.confidence >= CONFIDENCE_THRESHOLD);
    return {
      macroF1,
      macroF1WithoutNames,
      baselineMacroF1,
      confidentShare: confident.length / testRows.length,
      confidentPrecision: confident.filter(({ s, i }) => truth[i].has(s.themeId)).length / Math.max(1, confident.length),
      meanTopConfidence: mean(top.map((s) => s?.confidence ?? 0)),
      topAccuracy: top.filter((s, i) => s && truth[i].has(s.themeId)).length / testRows.length,
    };
  });
  const keys = Object.keys(runs[0]) as (keyof SuggestionFigures)[];
  return Object.fromEntries(keys.map((key) => [key, mean(runs.map((run) => run[key]))])) as unknown as SuggestionFigures;
}

function main(): void {
  const started = performance.now();
  const wanted = new Set((process.env['THEMES_EVAL_SETS'] ?? 'lodz,wroclaw,katowice,warszawa,warszawa-multi,polis').split(','));
  const pabulib = loadPabulib();
  const sets: { key: string; set: () => DataSet; role: string }[] = [
    { key: 'lodz', set: () => pabulibCity(pabulib, 'Łódź', false), role: 'main' },
    { key: 'wroclaw', set: () => pabulibCity(pabulib, 'Wrocław', false), role: 'main' },
    { key: 'katowice', set: () => pabulibCity(pabulib, 'Katowice', false), role: 'main' },
    { key: 'warszawa', set: () => pabulibCity(pabulib, 'Warszawa', false), role: 'development set (settings were chosen on it)' },
    { key: 'warszawa-multi', set: () => pabulibCity(pabulib, 'Warszawa', true), role: 'multi-label, suggestion only' },
    { key: 'polis', set: () => polisMix(), role: 'main' },
  ];
  const discoveryRows: string[] = [];
  const suggestionRows: string[] = [];
  for (const { key, set: load, role } of sets) {
    if (!wanted.has(key)) continue;
    const set = load();
    const classes = new Set(set.items.flatMap((item) => item.labels)).size;
    const setStarted = performance.now();
    console.error(`${set.name}: ${set.items.length} comments, ${classes} themes (${role})…`);
    if (!set.multiLabel) {
      const { engine, engineAtK, baseline } = evaluateDiscovery(set);
      discoveryRows.push(
        `| ${set.name} | ${set.items.length} | ${classes} | ${f3(engine.ari)} | ${f3(engine.nmi)} | ${(100 * engine.coverage).toFixed(0)} % | ` +
          `${engine.groups.toFixed(1)} | ${f3(engine.nmiAssigned)} | ${f3(engineAtK.ari)} | ${f3(engineAtK.nmi)} | ` +
          `${(100 * engineAtK.coverage).toFixed(0)} % | ${f3(baseline.ari)} | ${f3(baseline.nmi)} |`,
      );
    }
    const suggestion = evaluateSuggestion(set);
    suggestionRows.push(
      `| ${set.name} | ${f3(suggestion.macroF1)} | ${f3(suggestion.macroF1WithoutNames)} | ${f3(suggestion.baselineMacroF1)} | ` +
        `${(100 * suggestion.confidentShare).toFixed(0)} % | ${f3(suggestion.confidentPrecision)} | ${f3(suggestion.meanTopConfidence)} | ${f3(suggestion.topAccuracy)} |`,
    );
    console.error(`  done in ${((performance.now() - setStarted) / 1000).toFixed(1)} s`);
  }
  console.log(`Discovery (mean of seeds ${DISCOVERY_SEEDS.join(', ')}; unassigned comments count as one group "unassigned")\n`);
  console.log(
    '| data set | comments | classes | engine ARI | engine NMI | coverage | groups | NMI of assigned | ' +
      'engine at cap = classes: ARI | NMI | coverage | baseline ARI | baseline NMI |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of discoveryRows) console.log(row);
  console.log(
    `\nSuggestion (${EXAMPLES_PER_THEME} labelled comments per theme, the rest scored; mean of seeds ${SUGGESTION_SEEDS.join(', ')})\n`,
  );
  console.log(
    `| data set | engine macro-F1 | without theme names | baseline macro-F1 | top ≥ ${CONFIDENCE_THRESHOLD} | precision there | mean top confidence | top accuracy |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of suggestionRows) console.log(row);
  console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main();
