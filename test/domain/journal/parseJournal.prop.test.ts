import fc from 'fast-check';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bankCohort } from '../../../src/samples/bankCohort';
import { orThrow, parseCohort } from '../../../src/domain/index';
import { type JournalInput, parseJournal } from '../../../src/domain/journal/index';

const cohort = orThrow(parseCohort(bankCohort));
const mentorIds = cohort.mentors.map((m) => m.id as string);
const menteeIds = cohort.mentees.map((m) => m.id as string);
const skillIds = [...cohort.catalog.keys()].map((s) => s as string);

const isoDate = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const checkIn = fc.record(
  {
    mentorId: fc.constantFrom(...mentorIds),
    menteeId: fc.constantFrom(...menteeIds),
    date: isoDate,
    minutes: fc.integer({ min: 0, max: 1440 }),
    skills: fc.array(fc.constantFrom(...skillIds), { maxLength: 3 }),
    ratings: fc.record(
      { mentor: fc.integer({ min: 1, max: 5 }), mentee: fc.integer({ min: 1, max: 5 }) },
      { requiredKeys: [] },
    ),
    cancelled: fc.boolean(),
    note: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['mentorId', 'menteeId', 'date'] },
);

/** Valid journals of the bank cohort: one assessment per person and date (unique by that pair). */
const journal: fc.Arbitrary<JournalInput> = fc.record({
  checkIns: fc.array(checkIn, { maxLength: 12 }),
  assessments: fc.uniqueArray(
    fc.record({
      participantId: fc.constantFrom(...mentorIds, ...menteeIds),
      date: isoDate,
      skills: fc.dictionary(fc.constantFrom(...skillIds), fc.integer({ min: 0, max: 5 }), { maxKeys: 4 }),
    }),
    { selector: (a) => `${a.participantId} ${a.date}`, maxLength: 8 },
  ),
  outcomes: fc.array(
    fc.record({
      participantId: fc.constantFrom(...mentorIds, ...menteeIds),
      date: isoDate,
      kind: fc.constantFrom('applied', 'retained', 'promoted', 'left'),
    }),
    { maxLength: 4 },
  ),
});

describe('parseJournal (properties)', () => {
  it('never throws on arbitrary JSON, and a Left always holds issues with paths', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseJournal(value, cohort);
        if (isLeft(result)) for (const issue of result.left) expect(Array.isArray(issue.path)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on JSON shaped almost like a journal', () => {
    const keys = [
      'mentorId',
      'menteeId',
      'participantId',
      'date',
      'minutes',
      'skills',
      'ratings',
      'cancelled',
      'cancelledBy',
      'kind',
      '__proto__',
    ] as const;
    const almost = fc.record({
      checkIns: fc.array(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue())),
      assessments: fc.array(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue())),
      outcomes: fc.jsonValue(),
    });
    fc.assert(
      fc.property(almost, (value) => void parseJournal(value, cohort)),
      { numRuns: 300 },
    );
  });

  it('accepts every valid journal', () => {
    fc.assert(
      fc.property(journal, (input) => {
        const result = parseJournal(input, cohort);
        if (isLeft(result)) throw new Error(JSON.stringify(result.left));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same journal whatever the order of its lists', () => {
    fc.assert(
      fc.property(journal, fc.nat(), (input, seed) => {
        const rotate = <T>(list: ReadonlyArray<T> | undefined): T[] =>
          (list ?? []).map((_, i, all) => all[(i + seed) % all.length] as T).reverse();
        const a = orThrow(parseJournal(input, cohort));
        const b = orThrow(
          parseJournal(
            {
              checkIns: rotate(input.checkIns),
              assessments: rotate(input.assessments),
              outcomes: rotate(input.outcomes),
            },
            cohort,
          ),
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips: a parsed journal written back as JSON parses to itself', () => {
    fc.assert(
      fc.property(journal, (input) => {
        const parsed = orThrow(parseJournal(input, cohort));
        const written = JSON.parse(
          JSON.stringify({
            ...parsed,
            assessments: parsed.assessments.map((a) => ({ ...a, skills: Object.fromEntries(a.skills) })),
          }),
        ) as unknown;
        expect(orThrow(parseJournal(written, cohort))).toEqual(parsed);
      }),
      { numRuns: 100 },
    );
  });
});
