import type { Cohort, IssuePath, MenteeId, MentorId } from '../../domain/index';
import { compareIds } from '../../domain/index';
import { type MatchedPair, type Matching, OBJECTIVES, type Unmatched } from '../../matching/index';
import { scorePair } from '../../scoring/index';
import type { ReportIssue } from '../ReportIssue';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * A matching the page can show, from one that may have been read back from a file: only its ids,
 * pins and objective are taken; every pair is scored again from the cohort (so the reasons shown
 * are the library's, whatever the file says), pairs and unmatched mentees are sorted by id, and
 * the total is summed in that order, as `match` sums it. Every problem is an issue with its path
 * (`['matching', 'pairs', 3, 'mentorId']`): an unknown person, a pair a hard rule blocks, an
 * unmatched entry whose reason is not one of the matcher's.
 *
 * @param cohort - the cohort
 * @param matching - the matching, from `match` or from JSON
 * @param issues - where the issues go
 * @returns the matching to show (meaningful only when no issue was pushed)
 * @internal
 */
export function trustedMatching(cohort: Cohort, matching: unknown, issues: ReportIssue[]): Matching {
  const path: IssuePath = ['matching'];
  const m = isRecord(matching) ? matching : {};
  // A hand-written list of pairs may leave the objective out: it only names what was optimised.
  const objective = m['objective'] === undefined ? 'max-total' : OBJECTIVES.find((o) => o === m['objective']);
  if (objective === undefined)
    issues.push({
      code: 'invalid-matching',
      message: `the objective is one of ${OBJECTIVES.join(', ')}`,
      path: [...path, 'objective'],
    });
  const pairsIn = Array.isArray(m['pairs']) ? (m['pairs'] as unknown[]) : undefined;
  const unmatchedIn =
    m['unmatched'] === undefined
      ? []
      : Array.isArray(m['unmatched'])
        ? (m['unmatched'] as unknown[])
        : undefined;
  if (pairsIn === undefined)
    issues.push({
      code: 'invalid-matching',
      message: 'a matching has a "pairs" array',
      path: [...path, 'pairs'],
    });
  if (unmatchedIn === undefined)
    issues.push({
      code: 'invalid-matching',
      message: 'the "unmatched" of a matching is an array',
      path: [...path, 'unmatched'],
    });

  const pairs: MatchedPair[] = [];
  (pairsIn ?? []).forEach((raw, i) => {
    const at = [...path, 'pairs', i];
    const p = isRecord(raw) ? raw : {};
    const mentorId = p['mentorId'];
    const menteeId = p['menteeId'];
    const mentorKnown = typeof mentorId === 'string' && cohort.mentorById.has(mentorId as MentorId);
    const menteeKnown = typeof menteeId === 'string' && cohort.menteeById.has(menteeId as MenteeId);
    if (!mentorKnown)
      issues.push({
        code: 'unknown-mentor',
        message: `${JSON.stringify(mentorId)} is not a mentor of the cohort`,
        path: [...at, 'mentorId'],
      });
    if (!menteeKnown)
      issues.push({
        code: 'unknown-mentee',
        message: `${JSON.stringify(menteeId)} is not a mentee of the cohort`,
        path: [...at, 'menteeId'],
      });
    if (!mentorKnown || !menteeKnown) return;
    const scored = scorePair(cohort, mentorId as MentorId, menteeId as MenteeId);
    if (scored._tag === 'Left' || scored.right.kind === 'infeasible') {
      issues.push({ code: 'invalid-matching', message: 'a hard rule blocks this pair', path: at });
      return;
    }
    const { score, criteria, reasons } = scored.right;
    pairs.push({
      mentorId: mentorId as MentorId,
      menteeId: menteeId as MenteeId,
      score,
      criteria,
      reasons,
      pinned: p['pinned'] === true,
    });
  });
  const unmatched: Unmatched[] = [];
  (unmatchedIn ?? []).forEach((raw, i) => {
    const at = [...path, 'unmatched', i];
    const u = isRecord(raw) ? raw : {};
    const menteeId = u['menteeId'];
    if (typeof menteeId !== 'string' || !cohort.menteeById.has(menteeId as MenteeId)) {
      issues.push({
        code: 'unknown-mentee',
        message: `${JSON.stringify(menteeId)} is not a mentee of the cohort`,
        path: [...at, 'menteeId'],
      });
      return;
    }
    const reason = unmatchedReason(cohort, u['reason']);
    if (reason === undefined) {
      issues.push({
        code: 'invalid-matching',
        message: "the reason is not one of the matcher's",
        path: [...at, 'reason'],
      });
      return;
    }
    // How many mentors the mentee wanted and got are the cohort's and the pairs' own, not the file's.
    const wanted = cohort.menteeById.get(menteeId as MenteeId)?.capacity ?? 1;
    const got = pairs.filter((pair) => pair.menteeId === menteeId).length;
    unmatched.push({ menteeId: menteeId as MenteeId, reason, wanted, got });
  });
  pairs.sort((a, b) => compareIds(a.menteeId, b.menteeId) || compareIds(a.mentorId, b.mentorId));
  unmatched.sort((a, b) => compareIds(a.menteeId, b.menteeId));
  let totalScore = 0;
  for (const pair of pairs) totalScore += pair.score;
  return { objective: objective ?? 'max-total', totalScore, pairs, unmatched };
}

/** The reason of an unmatched entry when it has the shape of one of the matcher's, else `undefined`. */
function unmatchedReason(cohort: Cohort, raw: unknown): Unmatched['reason'] | undefined {
  if (!isRecord(raw)) return undefined;
  const best = raw['bestMentorId'];
  const bestKnown = typeof best === 'string' && cohort.mentorById.has(best as MentorId);
  switch (raw['kind']) {
    case 'no-feasible-mentor': {
      const blockedBy = raw['blockedBy'];
      if (!isRecord(blockedBy) || !Object.values(blockedBy).every(isCount)) return undefined;
      return { kind: 'no-feasible-mentor', blockedBy: blockedBy as never };
    }
    case 'below-min-score':
      if (!bestKnown || !isCount(raw['minScore']) || !isCount(raw['bestScore'])) return undefined;
      return {
        kind: 'below-min-score',
        minScore: raw['minScore'] as number,
        bestScore: raw['bestScore'] as number,
        bestMentorId: best as MentorId,
      };
    case 'capacity-exhausted':
      if (!bestKnown || !isCount(raw['candidates']) || !isCount(raw['bestScore'])) return undefined;
      return {
        kind: 'capacity-exhausted',
        candidates: raw['candidates'] as number,
        bestScore: raw['bestScore'] as number,
        bestMentorId: best as MentorId,
      };
    default:
      return undefined;
  }
}
