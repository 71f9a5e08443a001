import type { Cohort } from '../../cohort';
import type { IssuePath } from '../../Issue';
import type { MenteeId, MentorId, SkillId } from '../../ids';
import type { JournalIssue } from '../journalIssue';
import type { JournalPieces } from './parseJournalPieces';

/**
 * Every reference from a journal into its cohort: check-ins name a mentor first and a mentee
 * second, assessments and outcomes name a participant, skills are in the catalogue; a
 * `cancelledBy` only on a cancelled check-in; one self-assessment per person and date; no check-in
 * twice (the same pair, date, minutes, skills, ratings, cancellation and note).
 *
 * @internal
 */
export function checkJournalReferences(pieces: JournalPieces, cohort: Cohort, issues: JournalIssue[]): void {
  const isMentor = (id: string) => cohort.mentorById.has(id as MentorId);
  const isMentee = (id: string) => cohort.menteeById.has(id as MenteeId);
  const skill = (id: string, path: IssuePath) => {
    if (!cohort.catalog.has(id as SkillId)) {
      issues.push({
        code: 'unknown-skill',
        message: `unknown skill "${id}": it is not in the cohort's catalogue`,
        path,
      });
    }
  };
  const participant = (id: string, path: IssuePath) => {
    if (!isMentor(id) && !isMentee(id)) {
      issues.push({
        code: 'unknown-person',
        message: `"${id}" is neither a mentor nor a mentee of the cohort`,
        path,
      });
    }
  };

  const seen = new Map<string, IssuePath>();
  for (const { value, path } of pieces.checkIns) {
    // A record identical to an earlier one is a double entry (an export run twice, a pasted line),
    // not a second session: counting it would inflate the sessions held, so it is an error to fix.
    // Skills are a set: their order does not make a check-in different.
    const key = JSON.stringify({
      ...value,
      skills: value.skills === undefined ? undefined : [...value.skills].sort(),
    });
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, path);
    else {
      issues.push({
        code: 'duplicate-check-in',
        message: `the same check-in as ${formatIndex(earlier)} (same pair, date, minutes, skills, ratings and note): remove the copy, or tell two sessions apart by their minutes or a note`,
        path,
      });
    }
    if (!isMentor(value.mentorId)) {
      const hint = isMentee(value.mentorId)
        ? ' (it is a mentee: a check-in names the mentor in "mentorId")'
        : '';
      issues.push({
        code: 'unknown-person',
        message: `"${value.mentorId}" is not a mentor of the cohort${hint}`,
        path: [...path, 'mentorId'],
      });
    }
    if (!isMentee(value.menteeId)) {
      const hint = isMentor(value.menteeId)
        ? ' (it is a mentor: a check-in names the mentee in "menteeId")'
        : '';
      issues.push({
        code: 'unknown-person',
        message: `"${value.menteeId}" is not a mentee of the cohort${hint}`,
        path: [...path, 'menteeId'],
      });
    }
    value.skills?.forEach((id, index) => skill(id, [...path, 'skills', index]));
    if (value.cancelledBy !== undefined && !value.cancelled) {
      issues.push({
        code: 'invalid-value',
        message: `"cancelledBy" is given but the check-in is not cancelled: add "cancelled": true`,
        path: [...path, 'cancelledBy'],
      });
    }
  }

  const assessed = new Map<string, IssuePath>();
  for (const { value, path } of pieces.assessments) {
    participant(value.participantId, [...path, 'participantId']);
    for (const id of value.skills.keys()) skill(id, [...path, 'skills', id]);
    const key = JSON.stringify([value.participantId, value.date]);
    const first = assessed.get(key);
    if (first === undefined) assessed.set(key, path);
    else {
      issues.push({
        code: 'duplicate-assessment',
        message: `"${value.participantId}" has a self-assessment on ${value.date} already (${formatIndex(first)})`,
        path,
      });
    }
  }

  for (const { value, path } of pieces.outcomes) participant(value.participantId, [...path, 'participantId']);
}

function formatIndex(path: IssuePath): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('');
}
