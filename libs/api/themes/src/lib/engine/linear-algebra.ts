/** Small dense linear algebra for the projection: Gram–Schmidt and the symmetric eigen-decomposition (Jacobi). */

/**
 * Orthonormalises the columns of a column-major matrix (columns[j] has length rows) in place, modified
 * Gram–Schmidt with one re-orthogonalisation pass. A column that becomes (numerically) zero is left zero.
 */
export function orthonormalizeColumns(columns: Float64Array[]): void {
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j];
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) {
        const other = columns[i];
        let projection = 0;
        for (let r = 0; r < column.length; r++) projection += column[r] * other[r];
        if (projection !== 0) for (let r = 0; r < column.length; r++) column[r] -= projection * other[r];
      }
    }
    let norm = 0;
    for (let r = 0; r < column.length; r++) norm += column[r] * column[r];
    norm = Math.sqrt(norm);
    if (norm > 1e-10) for (let r = 0; r < column.length; r++) column[r] /= norm;
    else column.fill(0);
  }
}

/**
 * Eigen-decomposition of a symmetric matrix (row-major, size × size) by cyclic Jacobi rotations.
 * Returns eigenvalues in decreasing order and the matching eigenvectors as columns of a row-major matrix.
 */
export function symmetricEigen(matrix: Float64Array, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p * size + q] * a[p * size + q];
    if (off < 1e-22) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q];
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * size + p];
        const aqq = a[q * size + q];
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p];
          const akq = a[k * size + q];
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k];
          const aqk = a[q * size + k];
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p];
          const vkq = v[k * size + q];
          v[k * size + p] = c * vkp - s * vkq;
          v[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((i, j) => a[j * size + j] - a[i * size + i]);
  const values = Float64Array.from(order, (i) => a[i * size + i]);
  const vectors = new Float64Array(size * size);
  order.forEach((from, to) => {
    for (let k = 0; k < size; k++) vectors[k * size + to] = v[k * size + from];
  });
  return { values, vectors };
}
