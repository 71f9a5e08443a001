import type { Random } from '../createRandom';

/** One person's drawn choices, both lists possibly empty. @internal */
export interface DrawnChoices {
  readonly preferences: ReadonlyArray<string>;
  readonly vetoes: ReadonlyArray<string>;
}

/** The most a synthetic person ranks: the default `maxPreferences`, so the cohort validates. */
const MAX_RANKED = 5;

/**
 * Draws each person's own choices of the other side: with probability `preferenceShare` a person
 * ranks 1–5 distinct people of the other side (never more than there are), and with probability
 * `vetoShare` vetoes one person they did not rank. Draws a fixed count of numbers per person, so
 * the choices of one person do not depend on the shares of another; O(people) whatever the size
 * of the other side.
 *
 * @param others - the ids of the other side
 * @internal
 */
export function syntheticChoices(
  random: Random,
  count: number,
  others: ReadonlyArray<string>,
  preferenceShare: number,
  vetoShare: number,
): DrawnChoices[] {
  return Array.from({ length: count }, () => {
    const ranks = random.next() < preferenceShare;
    const vetoes = random.next() < vetoShare;
    const preferences: string[] = [];
    if (ranks && others.length > 0) {
      const k = random.int(1, Math.min(MAX_RANKED, others.length));
      // Rejection sampling: at most 5 of the other side, so a clash is rare and cheap.
      while (preferences.length < k) {
        const id = others[random.int(0, others.length - 1)] as string;
        if (!preferences.includes(id)) preferences.push(id);
      }
    }
    const vetoed: string[] = [];
    if (vetoes && others.length > preferences.length) {
      for (;;) {
        const id = others[random.int(0, others.length - 1)] as string;
        if (preferences.includes(id)) continue;
        vetoed.push(id);
        break;
      }
    }
    return { preferences, vetoes: vetoed };
  });
}
