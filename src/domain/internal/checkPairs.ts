import type { CohortIssue } from '../cohortIssue';
import type { IssuePath } from '../Issue';
import type { ParsedPieces } from './parsed';

type PairList = 'excludedPairs' | 'pinnedPairs' | 'previousPairs';

/**
 * Pairs that name unknown people, pinned pairs that are also excluded or previous, and pins
 * beyond a mentor's or a mentee's capacity (pins count against both sides).
 *
 * @internal
 */
export function checkPairs(pieces: ParsedPieces, issues: CohortIssue[]): void {
  const rules = pieces.programme?.rules;
  if (rules === undefined) return;
  const lists: ReadonlyArray<PairList> = ['excludedPairs', 'pinnedPairs', 'previousPairs'];
  for (const list of lists) {
    rules[list].forEach(([mentor, mentee], index) => {
      const path: IssuePath = ['programme', 'rules', list, index];
      if (!pieces.rawMentorIds.has(mentor)) {
        const hint = pieces.rawMenteeIds.has(mentor)
          ? ' (it is a mentee: pairs are [mentorId, menteeId])'
          : '';
        issues.push({
          code: 'unknown-person',
          message: `"${mentor}" is not a mentor${hint}`,
          path: [...path, 0],
        });
      }
      if (!pieces.rawMenteeIds.has(mentee)) {
        const hint = pieces.rawMentorIds.has(mentee)
          ? ' (it is a mentor: pairs are [mentorId, menteeId])'
          : '';
        issues.push({
          code: 'unknown-person',
          message: `"${mentee}" is not a mentee${hint}`,
          path: [...path, 1],
        });
      }
    });
  }

  const key = (mentor: string, mentee: string) => JSON.stringify([mentor, mentee]);
  const excluded = new Set(rules.excludedPairs.map(([a, b]) => key(a, b)));
  const previous = new Set(rules.previousPairs.map(([a, b]) => key(a, b)));
  const capacity = new Map(pieces.mentors.map(({ value }) => [value.id as string, value.capacity]));
  const menteeCapacity = new Map(pieces.mentees.map(({ value }) => [value.id as string, value.capacity]));
  const pinsOfMentor = new Map<string, number>();
  const pinsOfMentee = new Map<string, number>();
  const pinned = new Set<string>();

  rules.pinnedPairs.forEach(([mentor, mentee], index) => {
    const path: IssuePath = ['programme', 'rules', 'pinnedPairs', index];
    const pair = key(mentor, mentee);
    if (excluded.has(pair) || previous.has(pair)) {
      const other = excluded.has(pair) ? 'excludedPairs' : 'previousPairs';
      issues.push({
        code: 'pinned-pair-excluded',
        message: `[${mentor}, ${mentee}] is pinned and also in ${other}`,
        path,
      });
    }
    if (pinned.has(pair)) return; // the same pin twice asks for nothing more
    pinned.add(pair);

    const taken = (pinsOfMentee.get(mentee) ?? 0) + 1;
    pinsOfMentee.set(mentee, taken);
    const wanted = menteeCapacity.get(mentee);
    if (wanted !== undefined && taken > wanted) {
      issues.push({
        code: 'over-capacity',
        message: `mentee "${mentee}" is pinned to ${taken} mentors but has capacity ${wanted}`,
        path,
      });
    }
    const count = (pinsOfMentor.get(mentor) ?? 0) + 1;
    pinsOfMentor.set(mentor, count);
    const limit = capacity.get(mentor);
    if (limit !== undefined && count > limit) {
      issues.push({
        code: 'over-capacity',
        message: `mentor "${mentor}" is pinned to ${count} mentees but has capacity ${limit}`,
        path,
      });
    }
  });
}
