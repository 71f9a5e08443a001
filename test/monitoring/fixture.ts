import type { CohortInput, JournalInput, MenteeId, MentorId } from '../../src/domain/index';
import { orThrow, parseCohort, parseJournal } from '../../src/domain/index';
import type { Matching } from '../../src/matching/index';
import type { Criteria, Score } from '../../src/scoring/index';

/**
 * A small programme to compute by hand. Cadence 14 days; the first check-in is on 2027-01-04
 * (the programme start) and the report is as of 2027-02-01, 28 days later, so every pair is
 * expected to have held ⌊28 / 14⌋ + 1 = 3 sessions.
 *
 * - A m-a/e-a: on track (sessions on 01-04, 01-18, 01-29);
 * - B m-b/e-b: needs a check-in (last session 01-11, 21 days before);
 * - C m-c/e-c: at risk, the last two sessions rated 2 (by the mentee, then by the mentor);
 *   pinned by the programme;
 * - D m-a/e-d: at risk, the mentor cancelled 01-11 and 01-18 (2 of the last 3);
 * - E m-b/e-e: ended, e-e left on 01-20.
 * m-d is a spare mentor. The rules let any pair be made (no direction, language or reporting
 * rule, minScore 0), so a rematch has choices.
 */
export const fixtureCohortInput = {
  programme: {
    rules: {
      direction: 'any',
      requireSharedLanguage: false,
      excludeReportingLine: 0,
      minScore: 0,
      pinnedPairs: [['m-c', 'e-c']],
    },
  },
  mentors: [
    {
      id: 'm-a',
      name: 'Ada',
      grade: 1,
      capacity: 2,
      skills: { instagram: 5, seo: 4 },
      goals: [{ skill: 'negotiation', priority: 'high', target: 3 }],
    },
    { id: 'm-b', name: 'Bea', grade: 1, capacity: 2, skills: { instagram: 4 } },
    { id: 'm-c', name: 'Cyd', grade: 1, capacity: 1, skills: { instagram: 3, seo: 5 } },
    { id: 'm-d', name: 'Dom', grade: 1, capacity: 1, skills: { instagram: 5 } },
  ],
  mentees: [
    {
      id: 'e-a',
      name: 'Ewa',
      grade: 5,
      skills: { instagram: 1, seo: 2, negotiation: 5 },
      goals: [
        { skill: 'instagram', priority: 'high', target: 3 },
        { skill: 'seo', target: 4 },
      ],
    },
    { id: 'e-b', grade: 5, goals: [{ skill: 'instagram', target: 3 }] },
    { id: 'e-c', grade: 5, goals: [{ skill: 'instagram', target: 3 }] },
    { id: 'e-d', grade: 5 },
    { id: 'e-e', grade: 5 },
  ],
} satisfies CohortInput;

export const fixtureCohort = orThrow(parseCohort(fixtureCohortInput));

export const fixtureJournalInput = {
  checkIns: [
    { mentorId: 'm-a', menteeId: 'e-a', date: '2027-01-04', minutes: 60, ratings: { mentor: 5, mentee: 4 } },
    { mentorId: 'm-a', menteeId: 'e-a', date: '2027-01-18', minutes: 60, ratings: { mentor: 4, mentee: 5 } },
    { mentorId: 'm-a', menteeId: 'e-a', date: '2027-01-29', minutes: 60, ratings: { mentor: 5, mentee: 5 } },
    { mentorId: 'm-b', menteeId: 'e-b', date: '2027-01-04', minutes: 45, ratings: { mentor: 4, mentee: 4 } },
    { mentorId: 'm-b', menteeId: 'e-b', date: '2027-01-11', minutes: 45, ratings: { mentor: 4, mentee: 3 } },
    { mentorId: 'm-c', menteeId: 'e-c', date: '2027-01-04', minutes: 30, ratings: { mentor: 5, mentee: 5 } },
    { mentorId: 'm-c', menteeId: 'e-c', date: '2027-01-18', minutes: 30, ratings: { mentor: 4, mentee: 2 } },
    { mentorId: 'm-c', menteeId: 'e-c', date: '2027-01-25', minutes: 30, ratings: { mentor: 2, mentee: 3 } },
    { mentorId: 'm-a', menteeId: 'e-d', date: '2027-01-04', minutes: 60, ratings: { mentor: 4, mentee: 4 } },
    { mentorId: 'm-a', menteeId: 'e-d', date: '2027-01-11', cancelled: true, cancelledBy: 'mentor' },
    { mentorId: 'm-a', menteeId: 'e-d', date: '2027-01-18', cancelled: true, cancelledBy: 'mentor' },
    { mentorId: 'm-a', menteeId: 'e-d', date: '2027-01-25', minutes: 60, ratings: { mentor: 4, mentee: 4 } },
    { mentorId: 'm-b', menteeId: 'e-e', date: '2027-01-04', minutes: 60, ratings: { mentor: 3, mentee: 3 } },
    // After asOf: ignored by a report as of 2027-02-01.
    { mentorId: 'm-b', menteeId: 'e-b', date: '2027-02-15', minutes: 60, ratings: { mentor: 5, mentee: 5 } },
  ],
  assessments: [
    { participantId: 'e-a', date: '2027-01-01', skills: { instagram: 1 } },
    { participantId: 'e-a', date: '2027-02-01', skills: { instagram: 3 } },
    { participantId: 'e-a', date: '2027-03-01', skills: { instagram: 5 } },
    { participantId: 'e-b', date: '2027-02-01', skills: { instagram: 2 } },
    { participantId: 'e-c', date: '2027-01-01', skills: { instagram: 0 } },
    { participantId: 'e-c', date: '2027-02-01', skills: { instagram: 0 } },
    { participantId: 'm-a', date: '2027-01-01', skills: { negotiation: 2 } },
    { participantId: 'm-a', date: '2027-01-30', skills: { negotiation: 3 } },
  ],
  outcomes: [
    { participantId: 'e-a', date: '2027-01-30', kind: 'applied' },
    { participantId: 'e-e', date: '2027-01-20', kind: 'left' },
    { participantId: 'm-c', date: '2027-03-01', kind: 'left' },
  ],
} satisfies JournalInput;

export const fixtureJournal = orThrow(parseJournal(fixtureJournalInput, fixtureCohort));

const pair = (mentorId: string, menteeId: string, score: number, criteria: Criteria) => ({
  mentorId: mentorId as MentorId,
  menteeId: menteeId as MenteeId,
  score: score as Score,
  criteria,
  reasons: [],
  pinned: false,
});

/** The matching to follow, written by hand (scores and criteria chosen for the correlation example). */
export const fixtureMatching: Matching = {
  objective: 'max-total',
  totalScore: 2.5,
  pairs: [
    pair('m-a', 'e-a', 0.7, { skillGain: 0.5, goalCoverage: 1 }),
    pair('m-b', 'e-b', 0.8, { skillGain: 0.8, goalCoverage: 1 }),
    pair('m-c', 'e-c', 0.4, { skillGain: 0.2, goalCoverage: 1 }),
    pair('m-a', 'e-d', 0.3, { skillGain: 0.1, goalCoverage: 1 }),
    pair('m-b', 'e-e', 0.3, { skillGain: 0.1, goalCoverage: 1 }),
  ],
  unmatched: [],
};

export const AS_OF = '2027-02-01';
