import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bankCohort } from '../../../src/samples/bankCohort';
import { bankJournal } from '../../../src/samples/bankJournal';
import { publicOfficeCohort } from '../../../src/samples/publicOfficeCohort';
import { publicOfficeJournal } from '../../../src/samples/publicOfficeJournal';
import { orThrow, parseCohort } from '../../../src/domain/index';
import {
  type JournalInput,
  type JournalIssue,
  type JournalIssueCode,
  journalJsonSchema,
  parseJournal,
} from '../../../src/domain/journal/index';

const bank = orThrow(parseCohort(bankCohort));
const office = orThrow(parseCohort(publicOfficeCohort));

const held = { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-01-11' };

function issuesOf(input: unknown): ReadonlyArray<JournalIssue> {
  const result = parseJournal(input, bank);
  if (isRight(result)) throw new Error('expected issues, got a journal');
  return result.left;
}

function expectIssue(input: unknown, code: JournalIssueCode, path: ReadonlyArray<string | number>): void {
  expect(issuesOf(input)).toContainEqual(expect.objectContaining({ code, path }));
}

describe('parseJournal', () => {
  it('accepts both sample journals against their cohorts', () => {
    expect(isRight(parseJournal(bankJournal, bank))).toBe(true);
    expect(isRight(parseJournal(publicOfficeJournal, office))).toBe(true);
  });

  it('rejects a sample journal against the other cohort: its people are unknown there', () => {
    const result = parseJournal(bankJournal, office);
    expect(isLeft(result) && result.left.every((i) => i.code === 'unknown-person')).toBe(true);
  });

  it('accepts an empty journal, and one with only check-ins', () => {
    expect(orThrow(parseJournal({}, bank))).toEqual({ checkIns: [], assessments: [], outcomes: [] });
    expect(orThrow(parseJournal({ checkIns: [held] }, bank)).checkIns).toHaveLength(1);
  });

  it('fills in cancelled = false and keeps what was given', () => {
    const journal = orThrow(
      parseJournal(
        {
          checkIns: [
            { ...held, minutes: 45, skills: ['instagram'], ratings: { mentee: 4 }, note: 'first post' },
          ],
        },
        bank,
      ),
    );
    expect(journal.checkIns[0]).toEqual({
      ...held,
      minutes: 45,
      skills: ['instagram'],
      ratings: { mentee: 4 },
      cancelled: false,
      note: 'first post',
    });
  });

  it('reads assessment skills into a Map', () => {
    const journal = orThrow(
      parseJournal(
        {
          assessments: [
            {
              participantId: 'e-kowalczyk',
              date: '2027-01-08',
              skills: { instagram: 1, 'content-creation': 0 },
            },
          ],
        },
        bank,
      ),
    );
    expect([...(journal.assessments[0]?.skills ?? [])]).toEqual([
      ['instagram', 1],
      ['content-creation', 0],
    ]);
  });

  it('sorts check-ins by date, mentor and mentee, assessments by participant and date, outcomes by participant and date', () => {
    const journal = orThrow(
      parseJournal(
        {
          checkIns: [
            { mentorId: 'm-wojcik', menteeId: 'e-hughes', date: '2027-01-25' },
            { mentorId: 'm-nowak', menteeId: 'e-krawczyk', date: '2027-01-11' },
            { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-01-11' },
            { mentorId: 'm-krol', menteeId: 'e-dabrowski', date: '2027-01-11' },
          ],
          assessments: [
            { participantId: 'm-nowak', date: '2027-04-12', skills: {} },
            { participantId: 'e-mazur', date: '2027-04-12', skills: {} },
            { participantId: 'e-mazur', date: '2027-01-08', skills: {} },
          ],
          outcomes: [
            { participantId: 'm-nowak', date: '2027-10-11', kind: 'retained' },
            { participantId: 'e-piatek', date: '2027-04-12', kind: 'applied' },
          ],
        },
        bank,
      ),
    );
    expect(journal.checkIns.map((c) => `${c.date} ${c.mentorId} ${c.menteeId}`)).toEqual([
      '2027-01-11 m-krol e-dabrowski',
      '2027-01-11 m-nowak e-kowalczyk',
      '2027-01-11 m-nowak e-krawczyk',
      '2027-01-25 m-wojcik e-hughes',
    ]);
    expect(journal.assessments.map((a) => `${a.participantId} ${a.date}`)).toEqual([
      'e-mazur 2027-01-08',
      'e-mazur 2027-04-12',
      'm-nowak 2027-04-12',
    ]);
    expect(journal.outcomes.map((o) => o.participantId)).toEqual(['e-piatek', 'm-nowak']);
  });

  it('accepts a check-in of a pair that no matching would make: the journal records what happened', () => {
    // m-nowak reports to e-lewandowska: the reporting-line rule forbids the pair, the journal does not.
    expect(
      isRight(
        parseJournal(
          { checkIns: [{ mentorId: 'm-nowak', menteeId: 'e-lewandowska', date: '2027-01-11' }] },
          bank,
        ),
      ),
    ).toBe(true);
  });

  it('reports input that is not an object, and lists that are not arrays, as invalid-type', () => {
    expectIssue([], 'invalid-type', []);
    expectIssue({ checkIns: {} }, 'invalid-type', ['checkIns']);
    expectIssue({ checkIns: [{ ...held, minutes: '45' }] }, 'invalid-type', ['checkIns', 0, 'minutes']);
    expectIssue({ $schema: 3 }, 'invalid-type', ['$schema']);
  });

  it('reports values outside their set as invalid-value, also cancelledBy on a session that was held', () => {
    expectIssue({ checkIns: [{ ...held, cancelled: true, cancelledBy: 'hr' }] }, 'invalid-value', [
      'checkIns',
      0,
      'cancelledBy',
    ]);
    expectIssue({ checkIns: [{ ...held, cancelledBy: 'mentee' }] }, 'invalid-value', [
      'checkIns',
      0,
      'cancelledBy',
    ]);
    expectIssue(
      { outcomes: [{ participantId: 'm-nowak', date: '2027-05-01', kind: 'fired' }] },
      'invalid-value',
      ['outcomes', 0, 'kind'],
    );
  });

  it('reports ratings outside 1–5, negative minutes and levels above 5 as out-of-range', () => {
    expectIssue({ checkIns: [{ ...held, ratings: { mentor: 6 } }] }, 'out-of-range', [
      'checkIns',
      0,
      'ratings',
      'mentor',
    ]);
    expectIssue({ checkIns: [{ ...held, ratings: { mentee: 0 } }] }, 'out-of-range', [
      'checkIns',
      0,
      'ratings',
      'mentee',
    ]);
    expectIssue({ checkIns: [{ ...held, minutes: -5 }] }, 'out-of-range', ['checkIns', 0, 'minutes']);
    expectIssue(
      { assessments: [{ participantId: 'm-nowak', date: '2027-01-08', skills: { seo: 7 } }] },
      'out-of-range',
      ['assessments', 0, 'skills', 'seo'],
    );
  });

  it('reports every field the format does not have as unknown-field', () => {
    expectIssue({ sessions: [] }, 'unknown-field', ['sessions']);
    expectIssue({ checkIns: [{ ...held, rating: 5 }] }, 'unknown-field', ['checkIns', 0, 'rating']);
    expectIssue({ checkIns: [{ ...held, ratings: { boss: 5 } }] }, 'unknown-field', [
      'checkIns',
      0,
      'ratings',
      'boss',
    ]);
  });

  it('reports dates that are not real calendar days written YYYY-MM-DD as invalid-date', () => {
    expectIssue({ checkIns: [{ ...held, date: '2026-02-30' }] }, 'invalid-date', ['checkIns', 0, 'date']);
    // 2027 is not a leap year (2027 mod 4 = 3); 2028 is (2028 mod 4 = 0, not a century).
    expectIssue({ checkIns: [{ ...held, date: '2027-02-29' }] }, 'invalid-date', ['checkIns', 0, 'date']);
    expect(isRight(parseJournal({ checkIns: [{ ...held, date: '2028-02-29' }] }, bank))).toBe(true);
    expectIssue(
      { assessments: [{ participantId: 'm-nowak', date: '2027-1-8', skills: {} }] },
      'invalid-date',
      ['assessments', 0, 'date'],
    );
    expectIssue(
      { outcomes: [{ participantId: 'm-nowak', date: '2027-04-12T10:00:00Z', kind: 'applied' }] },
      'invalid-date',
      ['outcomes', 0, 'date'],
    );
  });

  it('reports people who are not in the cohort, or in the wrong role, as unknown-person', () => {
    const swapped = issuesOf({
      checkIns: [{ mentorId: 'e-kowalczyk', menteeId: 'm-nowak', date: '2027-01-11' }],
    });
    expect(swapped.map((i) => i.path)).toEqual([
      ['checkIns', 0, 'mentorId'],
      ['checkIns', 0, 'menteeId'],
    ]);
    expect(swapped[0]?.message).toMatch(/it is a mentee/);
    expectIssue({ checkIns: [{ ...held, menteeId: 'ceo' }] }, 'unknown-person', ['checkIns', 0, 'menteeId']);
    expectIssue(
      { assessments: [{ participantId: 'nobody', date: '2027-01-08', skills: {} }] },
      'unknown-person',
      ['assessments', 0, 'participantId'],
    );
    expectIssue(
      { outcomes: [{ participantId: 'ceo', date: '2027-01-08', kind: 'left' }] },
      'unknown-person',
      ['outcomes', 0, 'participantId'],
    );
  });

  it('reports skills that the cohort catalogue does not have as unknown-skill, __proto__ included', () => {
    expectIssue({ checkIns: [{ ...held, skills: ['instagram', 'metaverse'] }] }, 'unknown-skill', [
      'checkIns',
      0,
      'skills',
      1,
    ]);
    const input: unknown = JSON.parse(
      '{ "assessments": [{ "participantId": "m-nowak", "date": "2027-01-08", "skills": { "__proto__": 3 } }] }',
    );
    expectIssue(input, 'unknown-skill', ['assessments', 0, 'skills', '__proto__']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('knows the skills a cohort adds to the catalogue', () => {
    const journal = { assessments: [{ participantId: 'u-lis', date: '2027-01-08', skills: { epuap: 1 } }] };
    expect(isRight(parseJournal(journal, office))).toBe(true);
    expect(
      isLeft(
        parseJournal(
          { assessments: [{ participantId: 'm-nowak', date: '2027-01-08', skills: { epuap: 1 } }] },
          bank,
        ),
      ),
    ).toBe(true);
  });

  it('reports a second self-assessment of one person on one date as duplicate-assessment', () => {
    const twice = { participantId: 'e-mazur', date: '2027-01-08', skills: { 'mobile-apps': 1 } };
    expectIssue(
      { assessments: [twice, { ...twice, skills: { 'mobile-apps': 2 } }] },
      'duplicate-assessment',
      ['assessments', 1],
    );
    expect(isRight(parseJournal({ assessments: [twice, { ...twice, date: '2027-04-12' }] }, bank))).toBe(
      true,
    );
  });

  it('returns every issue at once, from broken and valid records alike', () => {
    const issues = issuesOf({
      extra: true,
      checkIns: [
        { ...held, date: '2027-13-01' },
        { ...held, mentorId: 'ghost' },
      ],
      assessments: [{ participantId: 'm-nowak', date: '2027-01-08', skills: { nope: 1 } }],
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      'invalid-date',
      'unknown-field',
      'unknown-person',
      'unknown-skill',
    ]);
  });

  it('round-trips: a parsed journal written back as JSON parses to the same journal', () => {
    const journal = orThrow(parseJournal(bankJournal, bank));
    const written: JournalInput = {
      checkIns: journal.checkIns.map((c) => ({ ...c })),
      assessments: journal.assessments.map((a) => ({ ...a, skills: Object.fromEntries(a.skills) })),
      outcomes: journal.outcomes.map((o) => ({ ...o })),
    };
    expect(orThrow(parseJournal(JSON.parse(JSON.stringify(written)), bank))).toEqual(journal);
  });
});

describe('journalJsonSchema', () => {
  const schema = journalJsonSchema() as {
    readonly type: string;
    readonly $id: string;
    readonly additionalProperties: boolean;
    readonly properties: Record<
      string,
      {
        readonly items: {
          readonly required: string[];
          readonly additionalProperties: unknown;
          readonly properties: Record<string, Record<string, unknown>>;
        };
      }
    >;
  };

  it('describes a strict object of check-ins, assessments and outcomes, shipped as journal.schema.json', () => {
    expect(schema.type).toBe('object');
    expect(schema.$id).toMatch(/journal\.schema\.json$/);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'assessments', 'checkIns', 'outcomes']);
  });

  it('requires a mentor, a mentee and a date of a check-in, and says dates are calendar dates', () => {
    const checkIn = schema.properties.checkIns?.items;
    expect(checkIn?.required).toEqual(['mentorId', 'menteeId', 'date']);
    expect(checkIn?.additionalProperties).toBe(false);
    // A pattern rather than `format: "date"`, which Ajv's strict mode rejects without the formats vocabulary.
    expect(checkIn?.properties.date?.format).toBeUndefined();
    expect(new RegExp(String(checkIn?.properties.date?.pattern)).test('2028-02-29')).toBe(true);
    expect(new RegExp(String(checkIn?.properties.date?.pattern)).test('2027-02-29')).toBe(false);
    expect(schema.properties.assessments?.items.properties.skills?.additionalProperties).toEqual({
      type: 'integer',
      minimum: 0,
      maximum: 5,
    });
  });
});
