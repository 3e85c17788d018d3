/**
 * Agreement measures: between two groupings of the same items (adjusted Rand index, normalised mutual information)
 * and between predicted and true labels (precision, recall, F1 per label and macro-averaged). Used by the
 * evaluation and by the in-app quality check (staff code a sample, the suggestions are scored against it).
 */

function contingency(truth: readonly (string | number)[], predicted: readonly (string | number)[]) {
  if (truth.length !== predicted.length) throw new Error('Both groupings must cover the same items');
  const truthIds = new Map<string | number, number>();
  const predictedIds = new Map<string | number, number>();
  const cells = new Map<string, { count: number; row: number; column: number }>();
  const rowSums: number[] = [];
  const columnSums: number[] = [];
  for (let i = 0; i < truth.length; i++) {
    let row = truthIds.get(truth[i]);
    if (row === undefined) {
      row = truthIds.size;
      truthIds.set(truth[i], row);
      rowSums.push(0);
    }
    let column = predictedIds.get(predicted[i]);
    if (column === undefined) {
      column = predictedIds.size;
      predictedIds.set(predicted[i], column);
      columnSums.push(0);
    }
    rowSums[row]++;
    columnSums[column]++;
    const key = `${row}:${column}`;
    const cell = cells.get(key);
    if (cell) cell.count++;
    else cells.set(key, { count: 1, row, column });
  }
  return { cells: [...cells.values()], rowSums, columnSums, n: truth.length };
}

const pairs = (count: number): number => (count * (count - 1)) / 2;

/**
 * Adjusted Rand index (Hubert & Arabie 1985): 1 for identical groupings, about 0 for independent ones
 * (negative when worse than chance). Two groupings that each put everything together count as identical (1).
 */
export function adjustedRandIndex(truth: readonly (string | number)[], predicted: readonly (string | number)[]): number {
  const { cells, rowSums, columnSums, n } = contingency(truth, predicted);
  if (n < 2) return 1;
  const index = cells.reduce((sum, cell) => sum + pairs(cell.count), 0);
  const rowPairs = rowSums.reduce((sum, count) => sum + pairs(count), 0);
  const columnPairs = columnSums.reduce((sum, count) => sum + pairs(count), 0);
  const expected = (rowPairs * columnPairs) / pairs(n);
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

function entropy(sums: readonly number[], n: number): number {
  let h = 0;
  for (const count of sums) if (count > 0) h -= (count / n) * Math.log(count / n);
  return h;
}

/**
 * Normalised mutual information, arithmetic-mean normalisation: I(U;V) / ((H(U) + H(V)) / 2), in [0, 1]
 * (scikit-learn's default). Two single-group groupings give 1.
 */
export function normalizedMutualInformation(truth: readonly (string | number)[], predicted: readonly (string | number)[]): number {
  const { cells, rowSums, columnSums, n } = contingency(truth, predicted);
  if (n === 0) return 1;
  const hTruth = entropy(rowSums, n);
  const hPredicted = entropy(columnSums, n);
  if (hTruth === 0 && hPredicted === 0) return 1;
  let mutual = 0;
  for (const { count, row, column } of cells) {
    mutual += (count / n) * Math.log((count * n) / (rowSums[row] * columnSums[column]));
  }
  const normaliser = (hTruth + hPredicted) / 2;
  return normaliser === 0 ? 0 : Math.max(0, Math.min(1, mutual / normaliser));
}

export interface LabelScores {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Items that truly carry the label. */
  readonly support: number;
}

/**
 * Precision, recall and F1 per label for multi-label predictions (each item: a set of true and of predicted labels;
 * single-label data is the special case of one label each), and their unweighted (macro) mean F1.
 * A label with no true and no predicted item is left out; otherwise an undefined ratio counts as 0.
 */
export function labelScores(
  truth: readonly ReadonlySet<string>[],
  predicted: readonly ReadonlySet<string>[],
  labels: readonly string[],
): { perLabel: LabelScores[]; macroF1: number; microF1: number } {
  if (truth.length !== predicted.length) throw new Error('Truth and predictions must cover the same items');
  const perLabel: LabelScores[] = [];
  let allTp = 0;
  let allFp = 0;
  let allFn = 0;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      const isTrue = truth[i].has(label);
      const isPredicted = predicted[i].has(label);
      if (isTrue && isPredicted) tp++;
      else if (isPredicted) fp++;
      else if (isTrue) fn++;
    }
    allTp += tp;
    allFp += fp;
    allFn += fn;
    if (tp + fp + fn === 0) continue;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    perLabel.push({ label, precision, recall, f1: (2 * tp) / (2 * tp + fp + fn), support: tp + fn });
  }
  const macroF1 = perLabel.length === 0 ? 0 : perLabel.reduce((sum, scores) => sum + scores.f1, 0) / perLabel.length;
  const microDenominator = 2 * allTp + allFp + allFn;
  return { perLabel, macroF1, microF1: microDenominator === 0 ? 0 : (2 * allTp) / microDenominator };
}
