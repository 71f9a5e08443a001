import { CUTS, LEVELS } from './constants';
import type { PeopleBySkill, ScoringTables } from './scoringTables';

/**
 * Folds, for mentee `e` and every mentor `from ≤ m < to`, one tabulated number per open goal of
 * the mentee into `out[m]`: `table[g * LEVELS + level]` is goal `g`'s term for a mentor at that
 * level in its skill. `sum` adds the terms (starting from 0), else multiplies them (from 1); the
 * goals are taken in their canonical order (by skill id), goal by goal over the mentors, so each
 * inner loop reads one skill's levels in a row. Returns false, writing nothing, when the mentee
 * has no open goal.
 *
 * Over a whole row, when every goal's term at level 0 leaves the fold unchanged (0 for a sum, 1
 * for a product), only the mentors who list a goal's skill are visited, a level at a time, and a
 * level whose term leaves the fold unchanged is skipped ({@link foldListed}). Each mentor's
 * terms are still applied in goal order, and `x + 0` and `x × 1` are `x` to the bit (the terms
 * are never −0 or NaN), so the row equals the fold over every term, which is what a range of one
 * mentor computes: the row–pair parity property compares the two.
 *
 * @internal
 */
export function foldGoals(
  { mentors, mentees, mentorsBySkill }: ScoringTables,
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
  if (
    from === 0 &&
    to === count &&
    foldListed(mentorsBySkill, count, table, sum, gFrom, gTo, mentees.goalSkill, out)
  )
    return true;
  // The first goals' terms are written, not folded into 0 or 1: `0 + x` and `1 × x` are `x` to
  // the bit (the terms are never −0 or NaN). Then two goals per pass over the mentors, each term
  // still applied in goal order: half the reads and writes of `out`.
  let g = gFrom;
  const c0 = (mentees.goalSkill[g] as number) * count;
  const b0 = g * LEVELS;
  if (gTo - gFrom >= 2) {
    const c1 = (mentees.goalSkill[g + 1] as number) * count;
    const b1 = b0 + LEVELS;
    if (sum) {
      for (let m = from; m < to; m++)
        out[m] =
          (table[b0 + (level[c0 + m] as number)] as number) +
          (table[b1 + (level[c1 + m] as number)] as number);
    } else {
      for (let m = from; m < to; m++)
        out[m] =
          (table[b0 + (level[c0 + m] as number)] as number) *
          (table[b1 + (level[c1 + m] as number)] as number);
    }
    g += 2;
  } else {
    for (let m = from; m < to; m++) out[m] = table[b0 + (level[c0 + m] as number)] as number;
    g += 1;
  }
  for (; g + 1 < gTo; g += 2) {
    const c1 = (mentees.goalSkill[g] as number) * count;
    const c2 = (mentees.goalSkill[g + 1] as number) * count;
    const b1 = g * LEVELS;
    const b2 = b1 + LEVELS;
    if (sum) {
      for (let m = from; m < to; m++)
        out[m] =
          (out[m] as number) +
          (table[b1 + (level[c1 + m] as number)] as number) +
          (table[b2 + (level[c2 + m] as number)] as number);
    } else {
      for (let m = from; m < to; m++)
        out[m] =
          (out[m] as number) *
          (table[b1 + (level[c1 + m] as number)] as number) *
          (table[b2 + (level[c2 + m] as number)] as number);
    }
  }
  if (g < gTo) {
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

/**
 * {@link foldGoals} over a whole row through the mentors who list each goal's skill; false,
 * writing nothing, when some goal's term at level 0 is not the fold's identity (then every mentor
 * must be visited).
 */
function foldListed(
  { people: skillPeople, cut: skillCut }: PeopleBySkill,
  count: number,
  table: Float64Array,
  sum: boolean,
  gFrom: number,
  gTo: number,
  goalSkill: Int32Array,
  out: Float64Array,
): boolean {
  const identity = sum ? 0 : 1;
  for (let g = gFrom; g < gTo; g++) if (table[g * LEVELS] !== identity) return false;
  out.fill(identity, 0, count);
  for (let g = gFrom; g < gTo; g++) {
    const cut = (goalSkill[g] as number) * CUTS;
    const base = g * LEVELS;
    for (let b = LEVELS - 1; b >= 1; b--) {
      const term = table[base + b] as number;
      if (term === identity) continue;
      const end = skillCut[cut + b] as number;
      if (sum) {
        for (let i = skillCut[cut + b + 1] as number; i < end; i++) {
          const m = skillPeople[i] as number;
          out[m] = (out[m] as number) + term;
        }
      } else {
        for (let i = skillCut[cut + b + 1] as number; i < end; i++) {
          const m = skillPeople[i] as number;
          out[m] = (out[m] as number) * term;
        }
      }
    }
  }
  return true;
}
