/**
 * The total of the assigned cells of a row-major matrix, summed in row order so that the same
 * assignment always gives the same floating-point total.
 *
 * @internal
 */
export function sumAssigned(data: Float64Array, cols: number, rowToCol: Int32Array): number {
  let total = 0;
  for (let i = 0; i < rowToCol.length; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) total += data[i * cols + j] as number;
  }
  return total;
}
