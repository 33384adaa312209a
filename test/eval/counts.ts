// Precision/recall/F1 bookkeeping shared by every category of the evaluation.

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  /** Gold items the extractor missed, as readable labels (for --verbose). */
  misses: string[];
  /** Predicted items that matched nothing in gold. */
  falsePositives: string[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore {
  correct: number;
  total: number;
  /** "item: expected X, got Y" for each wrong field (for --verbose). */
  mismatches: string[];
}

export function emptyField(): FieldScore {
  return { correct: 0, total: 0, mismatches: [] };
}

const show = (value: unknown): string => JSON.stringify(value ?? null);

export function emptyCategory(): CategoryScore {
  return { tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [] };
}

/** An empty side is vacuously perfect: no predictions means precision 1, no gold means recall 1. */
export function toPrf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export function addCounts<T extends { tp: number; fp: number; fn: number }>(into: T, from: T): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

export function recordField(
  score: FieldScore,
  correct: boolean,
  item: string,
  expected: unknown,
  actual: unknown,
): void {
  score.total += 1;
  if (correct) score.correct += 1;
  else score.mismatches.push(`${item}: expected ${show(expected)}, got ${show(actual)}`);
}
