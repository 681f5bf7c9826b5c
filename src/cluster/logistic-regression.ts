// Fits a small L2-regularised logistic regression by Newton's method; used offline to train the decision model.

export interface TrainingExample {
  features: readonly number[];
  label: 0 | 1;
  /** How much this example counts (to balance data sets of different sizes). */
  weight: number;
}

export interface FittedLogistic {
  weights: number[];
  bias: number;
  iterations: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), per unit of total example weight. */
  l2?: number;
  maxIterations?: number;
  tolerance?: number;
}

/** The logistic function: a linear score as a probability. */
export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** Solves A x = b by Gaussian elimination with partial pivoting; A is small and symmetric positive definite here. */
export function solveLinearSystem(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index] ?? 0]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(a[row]?.[column] ?? 0) > Math.abs(a[pivot]?.[column] ?? 0)) pivot = row;
    }
    const pivotRow = a[pivot];
    const current = a[column];
    if (!pivotRow || !current) throw new Error("matrix is not square");
    a[pivot] = current;
    a[column] = pivotRow;
    const divisor = pivotRow[column] ?? 0;
    if (Math.abs(divisor) < 1e-12) throw new Error("singular system");
    for (let row = column + 1; row < size; row++) {
      const target = a[row];
      if (!target) continue;
      const factor = (target[column] ?? 0) / divisor;
      for (let k = column; k <= size; k++) target[k] = (target[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    const current = a[row] ?? [];
    let sum = current[size] ?? 0;
    for (let k = row + 1; k < size; k++) sum -= (current[k] ?? 0) * (solution[k] ?? 0);
    solution[row] = sum / (current[row] ?? 1);
  }
  return solution;
}

/** Newton-Raphson on the weighted log loss; parameters are [bias, ...weights]. */
export function fitLogistic(examples: readonly TrainingExample[], options: FitOptions = {}): FittedLogistic {
  const first = examples[0];
  if (!first) throw new Error("no training examples");
  const dimension = first.features.length + 1;
  const l2 = options.l2 ?? 1e-3;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  const totalWeight = examples.reduce((sum, example) => sum + example.weight, 0);
  const penalty = l2 * totalWeight;
  let theta = new Array<number>(dimension).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const gradient = new Array<number>(dimension).fill(0);
    const hessian = Array.from({ length: dimension }, () => new Array<number>(dimension).fill(0));
    for (const example of examples) {
      const x = [1, ...example.features];
      let score = 0;
      for (let k = 0; k < dimension; k++) score += (theta[k] ?? 0) * (x[k] ?? 0);
      const p = sigmoid(score);
      const residual = (p - example.label) * example.weight;
      const curvature = p * (1 - p) * example.weight;
      for (let i = 0; i < dimension; i++) {
        const xi = x[i] ?? 0;
        gradient[i] = (gradient[i] ?? 0) + residual * xi;
        const row = hessian[i];
        if (!row) continue;
        for (let j = i; j < dimension; j++) row[j] = (row[j] ?? 0) + curvature * xi * (x[j] ?? 0);
      }
    }
    for (let i = 0; i < dimension; i++) {
      const row = hessian[i];
      if (!row) continue;
      for (let j = 0; j < i; j++) row[j] = hessian[j]?.[i] ?? 0;
      if (i > 0) {
        gradient[i] = (gradient[i] ?? 0) + penalty * (theta[i] ?? 0);
        row[i] = (row[i] ?? 0) + penalty;
      } else {
        row[i] = (row[i] ?? 0) + 1e-9;
      }
    }
    const step = solveLinearSystem(hessian, gradient);
    theta = theta.map((value, index) => value - (step[index] ?? 0));
    const size = Math.sqrt(step.reduce((sum, value) => sum + value * value, 0));
    if (size < tolerance) break;
  }
  return { bias: theta[0] ?? 0, weights: theta.slice(1), iterations };
}
