/**
 * The arithmetic mean, or `null` for no values (a report says "no data", never 0 or NaN).
 *
 * @internal
 */
export function mean(values: ReadonlyArray<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** `part / whole`, or `null` when `whole` is 0. @internal */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Pearson's correlation coefficient of paired samples, or `null` when there are fewer than 3
 * pairs or either side does not vary (r is undefined, and two points always lie on a line).
 * Two-pass (centre, then sum products) for accuracy; clamped to [−1, 1] against rounding.
 *
 * @internal
 */
export function pearson(xs: ReadonlyArray<number>, ys: ReadonlyArray<number>): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A spread this small relative to the values is rounding noise around a constant, not variation.
  const tiny = (m: number) => 1e-24 * Math.max(1, m * m) * n;
  if (sxx <= tiny(mx) || syy <= tiny(my)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** A key for a `[mentorId, menteeId]` pair that no two different pairs share, whatever the ids contain. @internal */
export function pairKey(mentorId: string, menteeId: string): string {
  return JSON.stringify([mentorId, menteeId]);
}
