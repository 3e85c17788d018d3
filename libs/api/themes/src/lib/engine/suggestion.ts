/**
 * Suggestion of existing themes for comments (issue 5, item 2), learned from the comments staff already assigned
 * plus each theme's name and description.
 *
 * - Features: the vocabulary and the latent projection are fitted on all the consultation's comments (labelled or
 *   not: no label is used for that), so words seen only in unlabelled comments still relate to the themes.
 * - Each theme has a prototype: the normalised sum of its labelled comments' vectors plus its name and description
 *   counted as `nameWeight` comments (so a theme with no example yet is suggested from its name alone).
 *   A comment's score for a theme is (1 − latentWeight)·cos(TF-IDF) + latentWeight·cos(projection) with it.
 * - Confidence: a logistic model of (score, margin over the best other theme) fitted on leave-one-out scores of the
 *   labelled comments (each scored against prototypes without itself), so a confidence of 0.8 means about 8 in 10
 *   such suggestions match what staff assigned. One model for all themes; multi-label: every theme is scored
 *   independently and several can pass the threshold.
 */
import { DEFAULT_PROJECTION_OPTIONS, LatentProjection, ProjectionOptions } from './projection';
import { SeededRandom } from './random';
import { SparseMatrix } from './sparse';
import { ProgressCallback, SuggestionStage, ThemeAssignment, ThemeComment, ThemeDefinition, ThemeSuggestion } from './types';
import { DEFAULT_VECTORIZER_OPTIONS, TfidfVectorizer, VectorizerOptions } from './vectorizer';

export interface SuggesterOptions {
  readonly seed: number;
  /** Share of the score from the latent projection (the rest from TF-IDF cosine). */
  readonly latentWeight: number;
  /** A theme's name and description count as this many labelled comments. */
  readonly nameWeight: number;

  readonly vectorizer: VectorizerOptions;
  readonly projection: ProjectionOptions;
  readonly onProgress?: ProgressCallback<SuggestionStage>;
}

export const DEFAULT_SUGGESTER_OPTIONS: SuggesterOptions = {
  seed: 1,
  latentWeight: 0.5,
  nameWeight: 2,
  vectorizer: DEFAULT_VECTORIZER_OPTIONS,
  projection: DEFAULT_PROJECTION_OPTIONS,
};

export interface TrainingInput {
  readonly themes: readonly ThemeDefinition[];
  readonly assignments: readonly ThemeAssignment[];
  /** All comments of the consultation; those named in `assignments` are the labelled ones. */
  readonly comments: readonly ThemeComment[];
}

interface ThemePrototype {
  readonly id: string;
  /** Unit-length prototype over the TF-IDF columns. */
  readonly sparse: Float32Array;
  /** Unit-length prototype in the projection. */
  readonly latent: Float32Array;
}

/** A trained suggester: everything needed to score new comments, nothing else (no comment text is kept). */
export interface SuggesterModel {
  readonly vectorizer: TfidfVectorizer;
  readonly projection: LatentProjection;
  readonly themes: readonly ThemePrototype[];
  readonly latentWeight: number;
  /** Logistic calibration: confidence = σ(bias + scoreWeight·score + marginWeight·margin). */
  readonly calibration: { readonly bias: number; readonly scoreWeight: number; readonly marginWeight: number };
  /** Labelled comments the model learned from, per theme id. */
  readonly examplesPerTheme: ReadonlyMap<string, number>;
}

export interface SuggestOptions {
  /** Suggestions below this confidence are left out. */
  readonly minConfidence: number;
  /** At most this many suggestions per comment, most confident first. */
  readonly maxPerComment: number;
}

export const DEFAULT_SUGGEST_OPTIONS: SuggestOptions = { minConfidence: 0.5, maxPerComment: 3 };

/** Rows as a pair of matrices: TF-IDF rows and unit-length projected rows. */
interface Encoded {
  readonly sparse: SparseMatrix;
  readonly latent: Float32Array;
}

/** Sums of vectors (not normalised) for one theme, so that one example can be taken out (leave-one-out). */
class PrototypeSum {
  readonly sparse: Float64Array;
  readonly latent: Float64Array;

  constructor(columns: number, dimensions: number) {
    this.sparse = new Float64Array(columns);
    this.latent = new Float64Array(dimensions);
  }

  add(encoded: Encoded, row: number, weight: number): void {
    encoded.sparse.addRowTo(row, this.sparse, weight);
    const k = this.latent.length;
    for (let d = 0; d < k; d++) this.latent[d] += weight * encoded.latent[row * k + d];
  }

  unit(): { sparse: Float32Array; latent: Float32Array } {
    return { sparse: unitCopy(this.sparse), latent: unitCopy(this.latent) };
  }
}

function unitCopy(vector: Float64Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  norm = Math.sqrt(norm);
  const out = new Float32Array(vector.length);
  if (norm > 0) for (let i = 0; i < vector.length; i++) out[i] = vector[i] / norm;
  return out;
}

function encode(vectorizer: TfidfVectorizer, projection: LatentProjection, texts: readonly string[]): Encoded {
  const sparse = vectorizer.transform(texts);
  return { sparse, latent: projection.project(sparse) };
}

/**
 * Scores of one row for every theme: (1 − w)·cos(TF-IDF) + w·cos(projection) with the theme's prototype.
 */
function scoreRow(encoded: Encoded, row: number, prototypes: readonly ThemePrototype[], latentWeight: number, out: Float64Array): void {
  const k = encoded.latent.length / encoded.sparse.rows;
  prototypes.forEach((prototype, t) => {
    const sparse = encoded.sparse.dotDense(row, prototype.sparse);
    let latent = 0;
    for (let d = 0; d < k; d++) latent += encoded.latent[row * k + d] * prototype.latent[d];
    out[t] = (1 - latentWeight) * sparse + latentWeight * latent;
  });
}

function margins(scores: Float64Array): Float64Array {
  let best = -Infinity;
  let second = -Infinity;
  for (const score of scores) {
    if (score > best) {
      second = best;
      best = score;
    } else if (score > second) second = score;
  }
  return scores.map((score) => score - (score === best ? (Number.isFinite(second) ? second : 0) : best));
}

export function trainSuggester(input: TrainingInput, options: Partial<SuggesterOptions> = {}): SuggesterModel {
  const settings: SuggesterOptions = { ...DEFAULT_SUGGESTER_OPTIONS, ...options };
  const progress = settings.onProgress ?? (() => undefined);
  const random = new SeededRandom(settings.seed);
  const themeIndex = new Map(input.themes.map((theme, t) => [theme.id, t]));
  const commentIndex = new Map(input.comments.map((comment, i) => [comment.id, i]));
  const labels: number[][] = input.comments.map(() => []);
  for (const { commentId, themeId } of input.assignments) {
    const row = commentIndex.get(commentId);
    const theme = themeIndex.get(themeId);
    if (row === undefined || theme === undefined || labels[row].includes(theme)) continue;
    labels[row].push(theme);
  }

  progress(0, 'features');
  const { vectorizer, matrix } = TfidfVectorizer.fit(
    input.comments.map((comment) => comment.text),
    settings.vectorizer,
    (fraction) => progress(0.4 * fraction, 'features'),
  );
  progress(0.4, 'projection');
  const projection = LatentProjection.fit(matrix, settings.projection, random);
  const corpus: Encoded = { sparse: matrix, latent: projection.project(matrix) };
  const names = encode(
    vectorizer,
    projection,
    input.themes.map((theme) => [theme.name, theme.description ?? ''].join('. ')),
  );

  progress(0.6, 'prototypes');
  const labelled = labels.map((themes, row) => (themes.length > 0 ? row : -1)).filter((row) => row >= 0);
  const sums = input.themes.map((_, t) => {
    const sum = new PrototypeSum(vectorizer.size, projection.dimensions);
    if (names.sparse.rowNnz(t) > 0) sum.add(names, t, settings.nameWeight);
    return sum;
  });
  for (const row of labelled) for (const theme of labels[row]) sums[theme].add(corpus, row, 1);
  const counts = input.themes.map(() => 0);
  for (const row of labelled) for (const theme of labels[row]) counts[theme]++;

  const prototypes: ThemePrototype[] = sums.map((sum, t) => ({ id: input.themes[t].id, ...sum.unit() }));

  progress(0.8, 'calibration');
  const calibration = calibrate(corpus, labelled, labels, sums, prototypes, settings.latentWeight);
  progress(1, 'done');
  return {
    vectorizer,
    projection,
    themes: prototypes,
    latentWeight: settings.latentWeight,
    calibration,
    examplesPerTheme: new Map(input.themes.map((theme, t) => [theme.id, counts[t]])),
  };
}

/**
 * Fits confidence = σ(b + w1·score + w2·margin) on leave-one-out scores of the labelled comments: each is scored
 * against its own themes' prototypes with itself removed, like a comment the model has not seen.
 */
function calibrate(
  corpus: Encoded,
  labelled: readonly number[],
  labels: readonly number[][],
  sums: readonly PrototypeSum[],
  prototypes: readonly ThemePrototype[],
  latentWeight: number,
): SuggesterModel['calibration'] {
  const themeCount = prototypes.length;
  const features: [number, number][] = [];
  const targets: number[] = [];
  const k = corpus.latent.length / corpus.sparse.rows;
  const sparseNorm2 = sums.map((sum) => sum.sparse.reduce((acc, value) => acc + value * value, 0));
  const latentNorm2 = sums.map((sum) => sum.latent.reduce((acc, value) => acc + value * value, 0));
  const scores = new Float64Array(themeCount);
  for (const row of labelled) {
    scoreRow(corpus, row, prototypes, latentWeight, scores);
    for (const t of labels[row]) {
      // cos(x, S − x) for unit x: (x·S − 1) / |S − x|, with |S − x|² = |S|² − 2·x·S + 1.
      const xs = corpus.sparse.dotDense(row, sums[t].sparse);
      let xl = 0;
      for (let d = 0; d < k; d++) xl += corpus.latent[row * k + d] * sums[t].latent[d];
      const sparseRest = Math.sqrt(Math.max(sparseNorm2[t] - 2 * xs + 1, 0));
      const latentRest = Math.sqrt(Math.max(latentNorm2[t] - 2 * xl + 1, 0));
      const sparse = sparseRest > 1e-9 ? (xs - 1) / sparseRest : 0;
      const latent = latentRest > 1e-9 ? (xl - 1) / latentRest : 0;
      scores[t] = (1 - latentWeight) * sparse + latentWeight * latent;
    }
    const rowMargins = margins(scores);
    for (let t = 0; t < themeCount; t++) {
      features.push([scores[t], rowMargins[t]]);
      targets.push(labels[row].includes(t) ? 1 : 0);
    }
  }
  const [bias, scoreWeight, marginWeight] = fitLogistic(features, targets);
  return { bias, scoreWeight, marginWeight };
}

/** Logistic regression with an intercept by Newton's method, small L2 penalty on the weights (not the intercept). */
export function fitLogistic(features: readonly (readonly number[])[], targets: readonly number[], l2 = 1e-3): number[] {
  const p = (features[0]?.length ?? 0) + 1;
  const beta = new Float64Array(p);
  const positives = targets.reduce((sum, y) => sum + y, 0);
  if (features.length === 0 || positives === 0 || positives === targets.length) {
    // Nothing to separate: a constant equal to the observed rate (0.5 when there is no data).
    const rate = features.length === 0 ? 0.5 : Math.min(Math.max(positives / targets.length, 1e-3), 1 - 1e-3);
    beta[0] = Math.log(rate / (1 - rate));
    return Array.from(beta);
  }
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Float64Array(p);
    const hessian = new Float64Array(p * p);
    features.forEach((x, i) => {
      const row = [1, ...x];
      let z = 0;
      for (let j = 0; j < p; j++) z += beta[j] * row[j];
      const mu = 1 / (1 + Math.exp(-z));
      const w = Math.max(mu * (1 - mu), 1e-9);
      for (let j = 0; j < p; j++) {
        gradient[j] += (mu - targets[i]) * row[j];
        for (let m = 0; m < p; m++) hessian[j * p + m] += w * row[j] * row[m];
      }
    });
    for (let j = 1; j < p; j++) {
      gradient[j] += l2 * features.length * beta[j];
      hessian[j * p + j] += l2 * features.length;
    }
    const step = solve(hessian, gradient, p);
    let change = 0;
    for (let j = 0; j < p; j++) {
      beta[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-8) break;
  }
  return Array.from(beta);
}

/** Solves A x = b (p × p, Gaussian elimination with partial pivoting). */
function solve(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(m[r * p + col]) > Math.abs(m[pivot * p + col])) pivot = r;
    if (Math.abs(m[pivot * p + col]) < 1e-12) continue;
    if (pivot !== col) {
      for (let c = 0; c < p; c++) [m[col * p + c], m[pivot * p + c]] = [m[pivot * p + c], m[col * p + c]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const factor = m[r * p + col] / m[col * p + col];
      if (factor === 0) continue;
      for (let c = col; c < p; c++) m[r * p + c] -= factor * m[col * p + c];
      x[r] -= factor * x[col];
    }
  }
  for (let r = 0; r < p; r++) x[r] = Math.abs(m[r * p + r]) < 1e-12 ? 0 : x[r] / m[r * p + r];
  return x;
}

/** Suggestions for comments (new or not), most confident first per comment. */
export function suggestThemes(
  model: SuggesterModel,
  comments: readonly Pick<ThemeComment, 'id' | 'text'>[],
  options: Partial<SuggestOptions> = {},
): ThemeSuggestion[] {
  const settings = { ...DEFAULT_SUGGEST_OPTIONS, ...options };
  if (model.themes.length === 0 || comments.length === 0) return [];
  const encoded = encode(
    model.vectorizer,
    model.projection,
    comments.map((comment) => comment.text),
  );
  const scores = new Float64Array(model.themes.length);
  const { bias, scoreWeight, marginWeight } = model.calibration;
  const suggestions: ThemeSuggestion[] = [];
  comments.forEach((comment, row) => {
    scoreRow(encoded, row, model.themes, model.latentWeight, scores);
    const rowMargins = margins(scores);
    const ranked = model.themes
      .map((theme, t) => ({
        commentId: comment.id,
        themeId: theme.id,
        confidence: 1 / (1 + Math.exp(-(bias + scoreWeight * scores[t] + marginWeight * rowMargins[t]))),
      }))
      .filter((suggestion) => suggestion.confidence >= settings.minConfidence)
      .sort((a, b) => b.confidence - a.confidence || (a.themeId < b.themeId ? -1 : 1));
    suggestions.push(...ranked.slice(0, settings.maxPerComment));
  });
  return suggestions;
}
