import type { Cohort, IssuePath, MenteeId, MentorId } from '../../domain/index';
import type { WorkflowIssue } from '../WorkflowIssue';

/** A pair of a matching read by id and index. @internal */
export interface IndexedPair {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
  readonly mentor: number;
  readonly mentee: number;
}

/** A matching's pairs read against a cohort: the pairs of known people, each once, and the others. @internal */
export interface ReadPairs {
  readonly known: ReadonlyArray<IndexedPair>;
  /** Pairs naming somebody the cohort no longer has. */
  readonly gone: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }>;
}

/**
 * Reads `{ pairs: [{ mentorId, menteeId }] }` from plain JavaScript: the shape is checked (an
 * `invalid-type` issue at `[argument, 'pairs', i, field]` otherwise), a pair repeated is read once,
 * and pairs naming people the cohort does not have are set apart (they left the programme).
 *
 * @internal
 */
export function readPairs(cohort: Cohort, value: unknown, argument: string): ReadPairs | WorkflowIssue {
  try {
    return readPairsOf(cohort, value, argument);
  } catch {
    // A getter or a proxy that throws: not a matching one can read.
    return {
      code: 'invalid-type',
      message: `${argument} cannot be read (a getter or a proxy threw)`,
      path: [argument],
    };
  }
}

function readPairsOf(cohort: Cohort, value: unknown, argument: string): ReadPairs | WorkflowIssue {
  const pairs = (value as { readonly pairs?: unknown } | null | undefined)?.pairs;
  if (typeof value !== 'object' || value === null || !Array.isArray(pairs))
    return {
      code: 'invalid-type',
      message: `${argument} must be a matching: an object with a "pairs" list of { mentorId, menteeId }`,
      path: [argument],
    };
  const mentorIndex = new Map(cohort.mentors.map((m, i) => [m.id as string, i]));
  const menteeIndex = new Map(cohort.mentees.map((m, i) => [m.id as string, i]));
  const known: IndexedPair[] = [];
  const gone: Array<{ readonly mentorId: string; readonly menteeId: string }> = [];
  const seen = new Set<string>();
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as { readonly mentorId?: unknown; readonly menteeId?: unknown } | null;
    const path: IssuePath = [argument, 'pairs', i];
    if (typeof pair !== 'object' || pair === null)
      return { code: 'invalid-type', message: 'a pair is an object { mentorId, menteeId }', path };
    for (const field of ['mentorId', 'menteeId'] as const)
      if (typeof pair[field] !== 'string')
        return { code: 'invalid-type', message: `"${field}" must be a string`, path: [...path, field] };
    const mentorId = pair.mentorId as string;
    const menteeId = pair.menteeId as string;
    const key = JSON.stringify([mentorId, menteeId]);
    if (seen.has(key)) continue;
    seen.add(key);
    const mentor = mentorIndex.get(mentorId);
    const mentee = menteeIndex.get(menteeId);
    if (mentor === undefined || mentee === undefined) gone.push({ mentorId, menteeId });
    else known.push({ mentorId: mentorId as MentorId, menteeId: menteeId as MenteeId, mentor, mentee });
  }
  return { known, gone };
}

/** Whether a value is one of the workflow's issues rather than what was read. @internal */
export function isIssue<T extends object>(value: T | WorkflowIssue): value is WorkflowIssue {
  return 'code' in value && 'message' in value;
}
