import { bin } from 'd3-array';
import { type AreaId, type Cohort, PRIORITY_WEIGHT, compareIds } from '../../domain/index';
import type { Matching } from '../../matching/index';

/** How many pairs score in each tenth of [0, 1]: `counts[i]` in [i/10, (i+1)/10), the last bin closed. @internal */
export function scoreBins(matching: Matching): ReadonlyArray<number> {
  const thresholds = Array.from({ length: 9 }, (_, i) => (i + 1) / 10);
  const bins = bin<number, number>().domain([0, 1]).thresholds(thresholds)(
    matching.pairs.map((p) => p.score),
  );
  return bins.map((b) => b.length);
}

/**
 * Mentors (with at least one place) by how many mentees they got: `counts[k]` mentors have k
 * mentees, for k from 0 to the largest capacity; and the places used and offered.
 *
 * @internal
 */
export function mentorLoad(
  cohort: Cohort,
  matching: Matching,
): { readonly counts: ReadonlyArray<number>; readonly used: number; readonly capacity: number } {
  const taken = new Map<string, number>();
  for (const pair of matching.pairs) taken.set(pair.mentorId, (taken.get(pair.mentorId) ?? 0) + 1);
  const mentors = cohort.mentors.filter((m) => m.capacity > 0);
  const most = Math.max(0, ...mentors.map((m) => m.capacity), ...taken.values());
  const counts = Array.from({ length: most + 1 }, () => 0);
  let capacity = 0;
  for (const mentor of mentors) {
    const k = taken.get(mentor.id) ?? 0;
    counts[k] = (counts[k] ?? 0) + 1;
    capacity += mentor.capacity;
  }
  return { counts, used: matching.pairs.length, capacity };
}

/** The goal coverage of one skill area. @internal */
export interface AreaCoverage {
  readonly area: AreaId;
  /** The priority weight of the mentees' open goals in the area. */
  readonly weight: number;
  /** The share of that weight whose mentor knows the skill to the target (unmatched: none). */
  readonly share: number;
}

/**
 * Goal coverage by skill area: for every open goal of a mentee (own level below the target),
 * weighted by its priority, whether one of the mentee's mentors knows the skill to the target
 * level. Areas without an open goal are left out; areas sorted by id.
 *
 * @internal
 */
export function coverageByArea(cohort: Cohort, matching: Matching): ReadonlyArray<AreaCoverage> {
  const mentorsOf = new Map<string, string[]>();
  for (const pair of matching.pairs) {
    const list = mentorsOf.get(pair.menteeId) ?? [];
    list.push(pair.mentorId);
    mentorsOf.set(pair.menteeId, list);
  }
  const totals = new Map<AreaId, { weight: number; covered: number }>();
  for (const mentee of cohort.mentees) {
    const mentors = (mentorsOf.get(mentee.id) ?? []).flatMap((id) => {
      const mentor = cohort.mentorById.get(id as never);
      return mentor === undefined ? [] : [mentor];
    });
    for (const goal of mentee.goals) {
      if ((mentee.skills.get(goal.skill) ?? 0) >= goal.target) continue;
      const area = cohort.catalog.get(goal.skill)?.area;
      if (area === undefined) continue;
      const entry = totals.get(area) ?? { weight: 0, covered: 0 };
      const weight = PRIORITY_WEIGHT[goal.priority];
      entry.weight += weight;
      if (mentors.some((m) => (m.skills.get(goal.skill) ?? 0) >= goal.target)) entry.covered += weight;
      totals.set(area, entry);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([area, t]) => ({ area, weight: t.weight, share: t.weight > 0 ? t.covered / t.weight : 0 }));
}
