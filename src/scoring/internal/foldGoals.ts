import { LEVELS } from './constants';
import type { ScoringTables } from './scoringTables';

/**
 * Folds, for mentee `e` and every mentor `from ≤ m < to`, one tabulated number per open goal of
 * the mentee into `out[m]`: `table[g * LEVELS + level]` is goal `g`'s term for a mentor at that
 * level in its skill. `sum` adds the terms (starting from 0), else multiplies them (from 1); the
 * goals are taken in their canonical order (by skill id), goal by goal over the mentors, so each
 * inner loop reads one skill's levels in a row. Returns false, writing nothing, when the mentee
 * has no open goal.
 *
 * @internal
 */
export function foldGoals(
  { mentors, mentees }: ScoringTables,
  table: Float64Array,
  sum: boolean,
  e: number,
  from: number,
  to: number,
  out: Float64Array,
): boolean {
  const count = mentors.count;
  const level = mentors.levelBySkill;
  const gFrom = mentees.goalStart[e] as number;
  const gTo = mentees.goalStart[e + 1] as number;
  if (gTo === gFrom) return false;
  out.fill(sum ? 0 : 1, from, to);
  for (let g = gFrom; g < gTo; g++) {
    const column = (mentees.goalSkill[g] as number) * count;
    const base = g * LEVELS;
    if (sum) {
      for (let m = from; m < to; m++)
        out[m] = (out[m] as number) + (table[base + (level[column + m] as number)] as number);
    } else {
      for (let m = from; m < to; m++)
        out[m] = (out[m] as number) * (table[base + (level[column + m] as number)] as number);
    }
  }
  return true;
}
