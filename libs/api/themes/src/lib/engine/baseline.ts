/**
 * The plain baseline the evaluation compares the engine with (issue 5, item 6), computed in the same run:
 * - features: TF-IDF of lower-cased words as tokenised (no stemming, no stop words, no n-grams; raw tf × smoothed
 *   idf, L2-normalised; words in fewer than 2 documents dropped);
 * - discovery: Lloyd's k-means (Euclidean, mean centroids, k-means++ seeding, at most 100 iterations) with k = the
 *   true number of classes;
 * - suggestion: nearest centroid: each theme's centroid is the mean of its labelled comments' vectors, a comment
 *   gets the theme with the highest cosine to its centroid.
 */
import { tokenize } from '@consulta/api/text-analysis';
import { SeededRandom } from './random';
import { SparseMatrix } from './sparse';

export function baselineVectors(texts: readonly string[]): SparseMatrix {
  const columns = new Map<string, number>();
  const df: number[] = [];
  const docs = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const token of tokenize(text)) {
      let column = columns.get(token.lower);
      if (column === undefined) {
        column = columns.size;
        columns.set(token.lower, column);
        df.push(0);
      }
      counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    for (const column of counts.keys()) df[column]++;
    return counts;
  });
  const kept = new Int32Array(columns.size).fill(-1);
  let cols = 0;
  df.forEach((frequency, column) => {
    if (frequency >= 2) kept[column] = cols++;
  });
  const idf = new Float64Array(cols);
  df.forEach((frequency, column) => {
    if (kept[column] >= 0) idf[kept[column]] = Math.log((1 + texts.length) / (1 + frequency)) + 1;
  });
  const indptr = new Int32Array(texts.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  docs.forEach((counts, d) => {
    const entries = [...counts].filter(([column]) => kept[column] >= 0).map(([column, tf]) => [kept[column], tf * idf[kept[column]]]);
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0)) || 1;
    for (const [column, value] of entries) {
      indices.push(column);
      values.push(value / norm);
    }
    indptr[d + 1] = indices.length;
  });
  return new SparseMatrix(texts.length, cols, indptr, Int32Array.from(indices), Float32Array.from(values));
}

/** Lloyd's k-means on sparse rows; returns the cluster of every row. */
export function baselineKMeans(matrix: SparseMatrix, k: number, seed: number, maxIterations = 100): Int32Array {
  const random = new SeededRandom(seed);
  const n = matrix.rows;
  const cols = matrix.cols;
  const rowNorm = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    for (let p = matrix.indptr[r]; p < matrix.indptr[r + 1]; p++) rowNorm[r] += matrix.values[p] * matrix.values[p];
  }

  // k-means++ seeding on squared Euclidean distance.
  let centroids: Float64Array[] = [denseRow(matrix, random.nextInt(n))];
  const distance = new Float64Array(n).fill(Infinity);
  while (centroids.length < Math.min(k, n)) {
    const last = centroids[centroids.length - 1];
    const lastNorm = squaredNorm(last);
    let total = 0;
    for (let r = 0; r < n; r++) {
      const value = Math.max(0, rowNorm[r] + lastNorm - 2 * matrix.dotDense(r, last));
      if (value < distance[r]) distance[r] = value;
      total += distance[r];
    }
    if (total <= 0) break;
    let target = random.next() * total;
    let pick = n - 1;
    for (let r = 0; r < n; r++) {
      target -= distance[r];
      if (target <= 0) {
        pick = r;
        break;
      }
    }
    centroids.push(denseRow(matrix, pick));
  }

  const assignment = new Int32Array(n).fill(-1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const norms = centroids.map(squaredNorm);
    let changed = 0;
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestDistance = Infinity;
      centroids.forEach((centroid, c) => {
        const value = norms[c] - 2 * matrix.dotDense(r, centroid);
        if (value < bestDistance) {
          bestDistance = value;
          best = c;
        }
      });
      if (assignment[r] !== best) changed++;
      assignment[r] = best;
    }
    if (changed === 0) break;
    const sums = centroids.map(() => new Float64Array(cols));
    const sizes = new Int32Array(centroids.length);
    for (let r = 0; r < n; r++) {
      matrix.addRowTo(r, sums[assignment[r]]);
      sizes[assignment[r]]++;
    }
    centroids = sums.map((sum, c) => {
      if (sizes[c] === 0) return centroids[c];
      for (let i = 0; i < cols; i++) sum[i] /= sizes[c];
      return sum;
    });
  }
  return assignment;
}

/** Nearest-centroid classification: index of the best class of every row in `test`. */
export function baselineNearestCentroid(matrix: SparseMatrix, trainRows: readonly number[][], testRows: readonly number[]): number[] {
  const centroids = trainRows.map((rows) => {
    const centroid = new Float64Array(matrix.cols);
    for (const row of rows) matrix.addRowTo(row, centroid, 1 / rows.length);
    const norm = Math.sqrt(squaredNorm(centroid)) || 1;
    for (let i = 0; i < centroid.length; i++) centroid[i] /= norm;
    return centroid;
  });
  return testRows.map((row) => {
    let best = 0;
    let bestSimilarity = -Infinity;
    centroids.forEach((centroid, c) => {
      const similarity = matrix.dotDense(row, centroid);
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        best = c;
      }
    });
    return best;
  });
}

function denseRow(matrix: SparseMatrix, row: number): Float64Array {
  const dense = new Float64Array(matrix.cols);
  matrix.addRowTo(row, dense);
  return dense;
}

function squaredNorm(vector: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i] * vector[i];
  return sum;
}
