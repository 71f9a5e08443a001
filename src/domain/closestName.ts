/**
 * The name closest to what the user typed, when it is close enough to be a typo (at most two
 * edits, and fewer than half the letters): `valdiate` → `validate`. The domain suggests skills and
 * fields with it, the CLI commands and columns.
 *
 * @param typed - what the user typed
 * @param names - the names that exist
 * @returns the suggestion, or `undefined`
 * @internal
 */
export function closestName(typed: string, names: ReadonlyArray<string>): string | undefined {
  let best: { readonly name: string; readonly distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (
      distance <= 2 &&
      distance * 2 < Math.max(name.length, 2) &&
      (best === undefined || distance < best.distance)
    ) {
      best = { name, distance };
    }
  }
  return best?.name;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
