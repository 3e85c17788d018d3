/** Row-compressed sparse matrices of L2-normalised document vectors, and the few operations the engine needs. */

export class SparseMatrix {
  constructor(
    readonly rows: number,
    readonly cols: number,
    /** Row r's entries are indices/values[indptr[r] .. indptr[r+1]). */
    readonly indptr: Int32Array,
    readonly indices: Int32Array,
    readonly values: Float32Array,
  ) {}

  rowNnz(row: number): number {
    return this.indptr[row + 1] - this.indptr[row];
  }

  /** Dot product of a row with a dense vector of length `cols`. */
  dotDense(row: number, dense: Float32Array | Float64Array): number {
    let sum = 0;
    for (let p = this.indptr[row]; p < this.indptr[row + 1]; p++) sum += this.values[p] * dense[this.indices[p]];
    return sum;
  }

  /** dense += scale · row */
  addRowTo(row: number, dense: Float32Array | Float64Array, scale = 1): void {
    for (let p = this.indptr[row]; p < this.indptr[row + 1]; p++) dense[this.indices[p]] += scale * this.values[p];
  }

  /** The rows at the given positions, as a new matrix. */
  selectRows(rows: readonly number[]): SparseMatrix {
    let nnz = 0;
    for (const row of rows) nnz += this.rowNnz(row);
    const indptr = new Int32Array(rows.length + 1);
    const indices = new Int32Array(nnz);
    const values = new Float32Array(nnz);
    let at = 0;
    rows.forEach((row, i) => {
      const start = this.indptr[row];
      const end = this.indptr[row + 1];
      indices.set(this.indices.subarray(start, end), at);
      values.set(this.values.subarray(start, end), at);
      at += end - start;
      indptr[i + 1] = at;
    });
    return new SparseMatrix(rows.length, this.cols, indptr, indices, values);
  }
}

/** A growable Int32Array (large corpora: plain arrays of millions of numbers cost the garbage collector dearly). */
export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** Adds to the last value. */
  incrementLast(by = 1): void {
    this.data[this.length - 1] += by;
  }

  /** The values (a view: valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
