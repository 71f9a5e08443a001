/**
 * Below this, a 2 × 2 difference is not trusted to have the sign it was computed with: each of the
 * three roundings in `(a + d) - (b + c)` errs by at most `2^-53` of a value below `4 · largest`,
 * so `2^-49 · largest` is a safe margin with room to spare.
 */
const MARGIN = 2 ** -49;

/** Sums of two cells stay finite below this. */
const CEILING = 2 ** 1021;

/**
 * The shortcut for square matrices with the strict Monge property (Hoffman 1963, "On simple
 * linear programming problems"; Burkard, Klinz & Rudolf 1996, "Perspectives of Monge properties in
 * optimization"). With `s(i, j) = sign * c[i * n + j]`, if every adjacent 2 × 2 block has
 * `s(i, j) + s(i+1, j+1) < s(i, j+1) + s(i+1, j)` (strict Monge), the identity is the unique
 * optimum: any other permutation has a crossing pair of rows, and uncrossing it is strictly
 * cheaper (the inequality holds for every pair of rows and columns, being a sum of adjacent ones).
 * With every block `>` (strict inverse Monge, e.g. Machol–Wien `c[i][j] = i·j`), the anti-identity
 * `i → n-1-i` is the unique optimum. Such matrices are the worst case of shortest-augmenting-path
 * solvers (every search walks the whole chain of assigned rows, Θ(n³) in all), while the check is
 * one pass that a matrix of any other kind fails within its first few cells.
 *
 * Exact: a block counts only when its difference, computed in doubles, exceeds `2^-49` of the
 * largest cell, beyond any rounding error, so its true sign is certain; a matrix with a forbidden
 * (infinite) cell, a tie (an equal block) or cells near overflow is left to the kernel. As the
 * optimum is unique, the kernel would return the same assignment.
 *
 * On success fills `x` (row → column) and `y` (column → row) and returns `true`; otherwise leaves
 * them untouched and returns `false`.
 *
 * @param largest - the largest magnitude of a finite cell (see `CellRange`)
 * @internal
 */
export function mongeDiagonal(
  c: Float64Array,
  n: number,
  sign: number,
  largest: number,
  x: Int32Array,
  y: Int32Array,
): boolean {
  if (n < 2 || !(largest < CEILING)) return false;
  const margin = MARGIN * largest;
  // +1: Monge (identity), -1: inverse Monge (anti-identity); from the first block.
  const first = sign * ((c[0] as number) + (c[n + 1] as number) - ((c[1] as number) + (c[n] as number)));
  const direction = first < -margin ? 1 : first > margin ? -1 : 0;
  if (direction === 0) return false;
  // The blocks, with `direction` folded into the sign: each must be below -margin.
  const s = sign * direction;
  for (let i = 0; i + 1 < n; i++) {
    const top = i * n;
    const bottom = top + n;
    let a = c[top] as number;
    let b = c[bottom] as number;
    for (let j = 1; j < n; j++) {
      const a1 = c[top + j] as number;
      const b1 = c[bottom + j] as number;
      // NaN-free by contract; an infinite cell makes the difference NaN or infinite: refused.
      const diff = s * (a + b1 - (a1 + b));
      if (!(diff < -margin) || diff === -Infinity) return false;
      a = a1;
      b = b1;
    }
  }
  for (let i = 0; i < n; i++) {
    const j = direction === 1 ? i : n - 1 - i;
    x[i] = j;
    y[j] = i;
  }
  return true;
}
