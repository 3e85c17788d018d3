import { symmetricEigen } from './linear-algebra';
import { DEFAULT_PROJECTION_OPTIONS, LatentProjection } from './projection';
import { SeededRandom } from './random';
import { SparseMatrix } from './sparse';

function sparse(rows: number[][]): SparseMatrix {
  const indptr = new Int32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, r) => {
    const norm = Math.hypot(...row);
    row.forEach((value, column) => {
      if (value !== 0) {
        indices.push(column);
        values.push(value / norm);
      }
    });
    indptr[r + 1] = indices.length;
  });
  return new SparseMatrix(rows.length, rows[0].length, indptr, Int32Array.from(indices), Float32Array.from(values));
}

describe('symmetricEigen', () => {
  it('decomposes a symmetric matrix: A v = λ v, eigenvalues in decreasing order', () => {
    const a = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 1]);
    const { values, vectors } = symmetricEigen(a, 3);
    expect(values[0]).toBeGreaterThanOrEqual(values[1]);
    expect(values[1]).toBeGreaterThanOrEqual(values[2]);
    expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(8, 10); // trace
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 3; i++) {
        let av = 0;
        for (let j = 0; j < 3; j++) av += a[i * 3 + j] * vectors[j * 3 + k];
        expect(av).toBeCloseTo(values[k] * vectors[i * 3 + k], 10);
      }
    }
    const small = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(small.values[0]).toBeCloseTo(3, 10);
    expect(small.values[1]).toBeCloseTo(1, 10);
    expect(Math.abs(small.vectors[0])).toBeCloseTo(Math.SQRT1_2, 10);
  });
});

describe('LatentProjection', () => {
  // Rank 3: every row combines three word patterns.
  const patterns = [
    [1, 1, 0, 0, 0, 0],
    [0, 1, 1, 1, 0, 0],
    [0, 0, 0, 1, 1, 2],
  ];
  const rows = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
    [1, 1, 0],
    [0, 2, 1],
    [1, 0, 1],
    [1, 1, 1],
  ].map((weights) => patterns[0].map((_, column) => weights.reduce((sum, weight, p) => sum + weight * patterns[p][column], 0)));
  const matrix = sparse(rows);

  it('keeps cosines exactly when it has as many dimensions as the matrix rank', () => {
    const projection = LatentProjection.fit(matrix, { ...DEFAULT_PROJECTION_OPTIONS, dimensions: 3, center: false }, new SeededRandom(1));
    const points = projection.project(matrix);
    const k = projection.dimensions;
    for (let a = 0; a < rows.length; a++) {
      for (let b = 0; b < rows.length; b++) {
        let original = 0;
        for (let p = matrix.indptr[a]; p < matrix.indptr[a + 1]; p++) {
          for (let q = matrix.indptr[b]; q < matrix.indptr[b + 1]; q++) {
            if (matrix.indices[p] === matrix.indices[q]) original += matrix.values[p] * matrix.values[q];
          }
        }
        let projected = 0;
        for (let d = 0; d < k; d++) projected += points[a * k + d] * points[b * k + d];
        expect(projected).toBeCloseTo(original, 4);
      }
    }
  });

  it('is reproducible with a seed and gives unit-length rows', () => {
    const first = LatentProjection.fit(matrix, { ...DEFAULT_PROJECTION_OPTIONS, dimensions: 2 }, new SeededRandom(9)).project(matrix);
    const second = LatentProjection.fit(matrix, { ...DEFAULT_PROJECTION_OPTIONS, dimensions: 2 }, new SeededRandom(9)).project(matrix);
    expect(second).toEqual(first);
    for (let r = 0; r < rows.length; r++) expect(Math.hypot(first[2 * r], first[2 * r + 1])).toBeCloseTo(1, 5);
  });
});
