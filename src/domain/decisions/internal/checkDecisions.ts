import type { Cohort } from '../../cohort';
import { closestName } from '../../closestName';
import type { IssuePath } from '../../Issue';
import type { MenteeId, MentorId } from '../../ids';
import type { Located } from '../../internal/parsed';
import type { DecisionIssue } from '../decisionIssue';
import type { Decision } from '../decisionSchema';

/**
 * Every reference of the decisions into the cohort (a mentor first, a mentee second, with the
 * closest id as a hint), and every contradiction: one decider accepting and declining one pair on
 * one day. Returns the decisions to keep, each distinct decision once (a decision copied twice
 * says the same thing twice: it is kept once, not refused).
 *
 * @internal
 */
export function checkDecisions(
  decisions: ReadonlyArray<Located<Decision>>,
  cohort: Cohort,
  issues: DecisionIssue[],
): Decision[] {
  const mentorIds = cohort.mentors.map((m) => m.id as string);
  const menteeIds = cohort.mentees.map((m) => m.id as string);
  const unknown = (id: string, side: 'mentor' | 'mentee', path: IssuePath): void => {
    const other =
      side === 'mentor' ? cohort.menteeById.has(id as MenteeId) : cohort.mentorById.has(id as MentorId);
    const closest = other ? undefined : closestName(id, side === 'mentor' ? mentorIds : menteeIds);
    const hint = other
      ? ` (it is a ${side === 'mentor' ? 'mentee' : 'mentor'}: a decision names the mentor in "mentorId" and the mentee in "menteeId")`
      : closest === undefined
        ? ''
        : ` (did you mean "${closest}"?)`;
    issues.push({ code: 'unknown-person', message: `"${id}" is not a ${side} of the cohort${hint}`, path });
  };
  const kept: Decision[] = [];
  const copies = new Set<string>();
  const seen = new Map<string, { readonly decision: Decision; readonly path: IssuePath }>();
  for (const { value, path } of decisions) {
    let known = true;
    if (!cohort.mentorById.has(value.mentorId)) {
      unknown(value.mentorId, 'mentor', [...path, 'mentorId']);
      known = false;
    }
    if (!cohort.menteeById.has(value.menteeId)) {
      unknown(value.menteeId, 'mentee', [...path, 'menteeId']);
      known = false;
    }
    // JSON of the keys: ids may hold any character. A copy of a decision is kept once; one
    // decider's other decision on the same pair and day is a contradiction.
    const copy = JSON.stringify([
      value.mentorId,
      value.menteeId,
      value.by,
      value.date,
      value.decision,
      value.reason ?? null,
    ]);
    const day = JSON.stringify([value.mentorId, value.menteeId, value.by, value.date]);
    const earlier = seen.get(day);
    if (earlier !== undefined && earlier.decision.decision !== value.decision) {
      issues.push({
        code: 'conflicting-decisions',
        message: `the ${value.by} ${value.decision} this pair on ${value.date}, and ${earlier.decision.decision} it the same day at ${formatIndex(earlier.path)}: keep the one that stands (a decision on a later day replaces an earlier one)`,
        path,
      });
      continue;
    }
    if (earlier === undefined) seen.set(day, { decision: value, path });
    if (copies.has(copy)) continue;
    copies.add(copy);
    if (known) kept.push(value);
  }
  return kept;
}

function formatIndex(path: IssuePath): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('');
}
