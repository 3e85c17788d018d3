/**
 * Spherical k-means on unit-length dense vectors (cosine similarity), k-means++ seeding, seeded.
 * Fitted on a sample of rows for speed; `assignToNearest` then places every row.
 */
import { SeededRandom } from './random';

export interface DenseRows {
  readonly data: Float32Array;
  readonly dimensions: number;
  readonly rows: number;
}

export interface KMeansOptions {
  readonly clusters: number;
  readonly maxIterations: number;
  /** Rows used for fitting (a seeded sample when there are more). */
  readonly sampleSize: number;
  /** Rows that may be sampled (default: all). */
  readonly eligibleRows?: readonly number[];
}

/** Row-major unit-length centroids (clusters × dimensions). Fewer than asked when there are fewer distinct rows. */
export function sphericalKMeans(points: DenseRows, options: KMeansOptions, random: SeededRandom): Float32Array {
  const dim = points.dimensions;
  const eligible = options.eligibleRows;
  const sample = eligible
    ? random.sampleIndices(eligible.length, options.sampleSize).map((i) => eligible[i])
    : random.sampleIndices(points.rows, options.sampleSize);
  const k = Math.min(options.clusters, sample.length);
  if (k === 0) return new Float32Array(0);
  let centroids = seedPlusPlus(points, sample, k, random);
  const count = centroids.length / dim;
  const assignment = new Int32Array(sample.length).fill(-1);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    let changed = 0;
    const sums = new Float64Array(count * dim);
    const sizes = new Int32Array(count);
    sample.forEach((row, i) => {
      const best = nearestIndex(points.data, row * dim, centroids, count, dim);
      if (best !== assignment[i]) changed++;
      assignment[i] = best;
      sizes[best]++;
      for (let d = 0; d < dim; d++) sums[best * dim + d] += points.data[row * dim + d];
    });
    const next = new Float32Array(count * dim);
    for (let c = 0; c < count; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d] * sums[c * dim + d];
      norm = Math.sqrt(norm);
      // An emptied cluster keeps its previous centroid.
      if (sizes[c] === 0 || norm === 0) next.set(centroids.subarray(c * dim, (c + 1) * dim), c * dim);
      else for (let d = 0; d < dim; d++) next[c * dim + d] = sums[c * dim + d] / norm;
    }
    centroids = next;
    if (changed <= sample.length * 0.001) break;
  }
  return centroids;
}

/** Index of the most similar centroid. */
function nearestIndex(data: Float32Array, offset: number, centroids: Float32Array, count: number, dim: number): number {
  let best = 0;
  let bestSimilarity = -Infinity;
  for (let c = 0; c < count; c++) {
    let similarity = 0;
    const base = c * dim;
    for (let d = 0; d < dim; d++) similarity += data[offset + d] * centroids[base + d];
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity;
      best = c;
    }
  }
  return best;
}

/** The nearest centroid of every row, and the similarity to it. */
export function assignToNearest(points: DenseRows, centroids: Float32Array): { assignment: Int32Array; similarity: Float32Array } {
  const dim = points.dimensions;
  const count = centroids.length / dim;
  const assignment = new Int32Array(points.rows);
  const similarity = new Float32Array(points.rows);
  const data = points.data;
  for (let r = 0; r < points.rows; r++) {
    // The hot loop of discovery (every comment × every group): inlined, four products per step.
    const offset = r * dim;
    let best = 0;
    let bestSimilarity = -Infinity;
    for (let c = 0; c < count; c++) {
      const base = c * dim;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let d = 0;
      for (; d + 3 < dim; d += 4) {
        s0 += data[offset + d] * centroids[base + d];
        s1 += data[offset + d + 1] * centroids[base + d + 1];
        s2 += data[offset + d + 2] * centroids[base + d + 2];
        s3 += data[offset + d + 3] * centroids[base + d + 3];
      }
      for (; d < dim; d++) s0 += data[offset + d] * centroids[base + d];
      const value = s0 + s1 + s2 + s3;
      if (value > bestSimilarity) {
        bestSimilarity = value;
        best = c;
      }
    }
    assignment[r] = best;
    similarity[r] = bestSimilarity;
  }
  return { assignment, similarity };
}

/** k-means++ (Arthur & Vassilvitskii 2007) with distance 1 − cosine. */
function seedPlusPlus(points: DenseRows, sample: readonly number[], k: number, random: SeededRandom): Float32Array {
  const dim = points.dimensions;
  const chosen: number[] = [sample[random.nextInt(sample.length)]];
  const distance = new Float64Array(sample.length).fill(Infinity);
  while (chosen.length < k) {
    const last = chosen[chosen.length - 1];
    let total = 0;
    sample.forEach((row, i) => {
      let similarity = 0;
      for (let d = 0; d < dim; d++) similarity += points.data[row * dim + d] * points.data[last * dim + d];
      const value = Math.max(0, 1 - similarity);
      if (value < distance[i]) distance[i] = value;
      total += distance[i] * distance[i];
    });
    if (total <= 1e-12) break; // every remaining row duplicates a chosen one
    let target = random.next() * total;
    let pick = sample.length - 1;
    for (let i = 0; i < sample.length; i++) {
      target -= distance[i] * distance[i];
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    chosen.push(sample[pick]);
  }
  const centroids = new Float32Array(chosen.length * dim);
  chosen.forEach((row, c) => centroids.set(points.data.subarray(row * dim, (row + 1) * dim), c * dim));
  return centroids;
}
