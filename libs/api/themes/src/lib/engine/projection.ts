/**
 * Latent semantic projection (LSA): a randomized truncated SVD (Halko, Martinsson & Tropp 2011) of the TF-IDF
 * matrix, fitted on a sample of comments, maps every comment to a short dense vector in which words that occur
 * in the same comments ("plac", "zabaw", "huśtawki") point the same way. Short comments that share no word can
 * still be close, which sparse TF-IDF alone cannot do.
 */
import { orthonormalizeColumns, symmetricEigen } from './linear-algebra';
import { SeededRandom } from './random';
import { SparseMatrix } from './sparse';

export interface ProjectionOptions {
  /** Dimensions kept. */
  readonly dimensions: number;
  /** Extra random directions for accuracy (Halko et al. recommend 5–10). */
  readonly oversampling: number;
  /** Power iterations (sharpen the spectrum of a slowly decaying TF-IDF matrix). */
  readonly powerIterations: number;
  /** Rows used to fit the projection (a seeded sample when the corpus is larger). */
  readonly sampleSize: number;
  /**
   * Subtract the mean projected comment before normalising: the direction every comment shares says nothing
   * about which theme it belongs to, and without centring it inflates every cosine.
   */
  readonly center: boolean;
}

export const DEFAULT_PROJECTION_OPTIONS: ProjectionOptions = {
  dimensions: 64,
  oversampling: 8,
  powerIterations: 1,
  sampleSize: 5000,
  center: true,
};

/** A fitted projection: column c of the vocabulary contributes basis[c·dim .. c·dim+dim) to a document's vector. */
export class LatentProjection {
  constructor(
    readonly dimensions: number,
    readonly basis: Float32Array,
    readonly singularValues: Float64Array,
    /** Subtracted from every projected comment (zero when not centring). */
    readonly mean: Float32Array = new Float32Array(dimensions),
  ) {}

  static fit(matrix: SparseMatrix, options: ProjectionOptions, random: SeededRandom): LatentProjection {
    const rows = random.sampleIndices(matrix.rows, options.sampleSize);
    const { x, usedColumns } = compactSample(matrix, rows);
    const n = x.rows;
    const l = Math.max(1, Math.min(options.dimensions + options.oversampling, n, x.cols));
    const k = Math.min(options.dimensions, l);

    // Y = X Ω with a random sign matrix Ω (used columns × l, row-major; Rademacher test matrices work as well as
    // Gaussian ones for this, and are cheaper to draw), drawn in column order: reproducible.
    const omega = new Float64Array(x.cols * l);
    for (let i = 0; i < omega.length; i++) omega[i] = random.next() < 0.5 ? -1 : 1;
    let q = multiplyRowsByDense(x, omega, l);
    orthonormalizeColumns(q);

    for (let iteration = 0; iteration < options.powerIterations; iteration++) {
      q = multiplyRowsByDense(x, transposeTimes(x, q, l), l);
      orthonormalizeColumns(q);
    }

    // B = Qᵀ X; its right singular vectors from the eigen-decomposition of B Bᵀ = Qᵀ X Xᵀ Q.
    const z = transposeTimes(x, q, l); // Z = Xᵀ Q = Bᵀ (used columns × l, row-major)
    const w = multiplyRowsByDense(x, z, l); // X Z
    const gram = new Float64Array(l * l);
    for (let i = 0; i < l; i++) {
      for (let j = i; j < l; j++) {
        let sum = 0;
        const qi = q[i];
        const wj = w[j];
        for (let r = 0; r < n; r++) sum += qi[r] * wj[r];
        gram[i * l + j] = sum;
        gram[j * l + i] = sum;
      }
    }
    const { values, vectors } = symmetricEigen(gram, l);
    const singularValues = Float64Array.from({ length: k }, (_, i) => Math.sqrt(Math.max(values[i], 0)));

    // Right singular vectors V = Bᵀ U Σ⁻¹; a document's coordinates are x·V (= U Σ for the fitted rows).
    // Columns the sample never uses keep a zero row: words seen only outside the sample do not move documents.
    const basis = new Float32Array(matrix.cols * k);
    for (let compact = 0; compact < usedColumns.length; compact++) {
      const column = usedColumns[compact];
      for (let d = 0; d < k; d++) {
        const sigma = singularValues[d];
        if (sigma < 1e-9) continue;
        let sum = 0;
        for (let j = 0; j < l; j++) sum += z[compact * l + j] * vectors[j * l + d];
        basis[column * k + d] = sum / sigma;
      }
    }
    const uncentred = new LatentProjection(k, basis, singularValues);
    if (!options.center) return uncentred;
    const sampleRows = rows.length === matrix.rows ? matrix : matrix.selectRows(rows);
    const projected = uncentred.project(sampleRows);
    const mean = new Float32Array(k);
    for (let r = 0; r < sampleRows.rows; r++) for (let d = 0; d < k; d++) mean[d] += projected[r * k + d] / sampleRows.rows;
    return new LatentProjection(k, basis, singularValues, mean);
  }

  /** Unit-length dense vectors (row-major, rows × dimensions) for the rows of a TF-IDF matrix. */
  project(matrix: SparseMatrix, onProgress?: (fraction: number) => void): Float32Array {
    const k = this.dimensions;
    const out = new Float32Array(matrix.rows * k);
    const row = new Float64Array(k);
    for (let r = 0; r < matrix.rows; r++) {
      row.fill(0);
      for (let p = matrix.indptr[r]; p < matrix.indptr[r + 1]; p++) {
        const value = matrix.values[p];
        const offset = matrix.indices[p] * k;
        for (let d = 0; d < k; d++) row[d] += value * this.basis[offset + d];
      }
      let norm = 0;
      for (let d = 0; d < k; d++) norm += row[d] * row[d];
      if (norm > 0) {
        // centre the unit-length vector
        const unit = 1 / Math.sqrt(norm);
        norm = 0;
        for (let d = 0; d < k; d++) {
          row[d] = row[d] * unit - this.mean[d];
          norm += row[d] * row[d];
        }
      }
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < k; d++) out[r * k + d] = row[d] * scale;
      if (onProgress && r % 5000 === 4999) onProgress((r + 1) / matrix.rows);
    }
    return out;
  }
}

/** The sampled rows with their columns renumbered 0…U−1 (U = columns the sample uses), and the original numbers. */
function compactSample(matrix: SparseMatrix, rows: readonly number[]): { x: SparseMatrix; usedColumns: Int32Array } {
  const sample = rows.length === matrix.rows ? matrix : matrix.selectRows(rows);
  const compact = new Int32Array(matrix.cols).fill(-1);
  for (let p = 0; p < sample.indices.length; p++) compact[sample.indices[p]] = 0;
  const usedColumns: number[] = [];
  for (let column = 0; column < matrix.cols; column++) {
    if (compact[column] === 0) {
      compact[column] = usedColumns.length;
      usedColumns.push(column);
    }
  }
  const indices = Int32Array.from(sample.indices, (column) => compact[column]);
  return {
    x: new SparseMatrix(sample.rows, usedColumns.length, sample.indptr, indices, sample.values),
    usedColumns: Int32Array.from(usedColumns),
  };
}

/** X · M for row-major M (X.cols × l); result column-major (l columns of length X.rows). */
function multiplyRowsByDense(x: SparseMatrix, m: Float64Array, l: number): Float64Array[] {
  const out = Array.from({ length: l }, () => new Float64Array(x.rows));
  const acc = new Float64Array(l);
  for (let r = 0; r < x.rows; r++) {
    acc.fill(0);
    for (let p = x.indptr[r]; p < x.indptr[r + 1]; p++) {
      const value = x.values[p];
      const offset = x.indices[p] * l;
      for (let j = 0; j < l; j++) acc[j] += value * m[offset + j];
    }
    for (let j = 0; j < l; j++) out[j][r] = acc[j];
  }
  return out;
}

/** Xᵀ · Q for column-major Q (l columns of length X.rows); result row-major (X.cols × l). */
function transposeTimes(x: SparseMatrix, q: Float64Array[], l: number): Float64Array {
  const out = new Float64Array(x.cols * l);
  const qRow = new Float64Array(l);
  for (let r = 0; r < x.rows; r++) {
    for (let j = 0; j < l; j++) qRow[j] = q[j][r];
    for (let p = x.indptr[r]; p < x.indptr[r + 1]; p++) {
      const value = x.values[p];
      const offset = x.indices[p] * l;
      for (let j = 0; j < l; j++) out[offset + j] += value * qRow[j];
    }
  }
  return out;
}
