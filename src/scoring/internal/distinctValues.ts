/**
 * The distinct numbers of a per-person column, in order of first appearance, and each person's
 * by number (−1 for NaN, which marks a value not given): a kernel that computes its value once
 * per distinct number of a row then reads each cell from a small table, the same function of the
 * same two numbers, so the same value to the last bit.
 *
 * @internal
 */
export function distinctValues(values: Float64Array): {
  readonly distinct: ReadonlyArray<number>;
  readonly numberOf: Int32Array;
} {
  const distinct: number[] = [];
  const byValue = new Map<number, number>();
  const numberOf = new Int32Array(values.length).fill(-1);
  for (let p = 0; p < values.length; p++) {
    const value = values[p] as number;
    // `x !== x` holds only for NaN.
    if (value !== value) continue;
    let k = byValue.get(value);
    if (k === undefined) {
      k = distinct.length;
      byValue.set(value, k);
      distinct.push(value);
    }
    numberOf[p] = k;
  }
  return { distinct, numberOf };
}
