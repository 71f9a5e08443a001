/**
 * The total of the assigned cells of a row-major matrix by Neumaier's compensated summation
 * (Neumaier 1974, the improved Kahan–Babuška sum), in row order: the error is at most about two
 * roundings of the total plus `n²·2^-106` of the sum of magnitudes, where a plain sum of `n` cells
 * near `1e15` drifts by thousands. The same assignment always gives the same total.
 *
 * @internal
 */
export function sumAssigned(data: Float64Array, cols: number, rowToCol: Int32Array): number {
  const sum = new NeumaierSum();
  for (let i = 0; i < rowToCol.length; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) sum.add(data[i * cols + j] as number);
  }
  return sum.value();
}

/**
 * A running Neumaier sum.
 *
 * @internal
 */
export class NeumaierSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    // The low-order bits lost by the addition, from whichever operand is larger.
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  value(): number {
    const total = this.sum + this.compensation;
    // Infinite partial sums (a total beyond the double range) leave NaN in the compensation.
    return Number.isFinite(this.sum) ? total : this.sum;
  }
}
