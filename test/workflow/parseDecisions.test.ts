import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decisionsJsonSchema, orThrow, parseCohort, parseDecisions } from '../../src/domain/index';
import { SAMPLES } from '../../src/samples/index';

const bank = orThrow(parseCohort(SAMPLES.bank));
const ok = {
  mentorId: 'm-nowak',
  menteeId: 'e-kowalczyk',
  by: 'mentee',
  decision: 'accepted',
  date: '2027-01-04',
};

describe('parseDecisions', () => {
  it('reads a decisions file, sorted and without copies', () => {
    const later = { ...ok, by: 'programme', date: '2027-01-06' };
    const decisions = orThrow(parseDecisions({ decisions: [later, ok, ok] }, bank));
    expect(decisions.decisions.map((d) => d.by)).toEqual(['mentee', 'programme']);
  });

  it('locates every issue at once', () => {
    const result = parseDecisions(
      {
        decisons: [],
        decisions: [
          { ...ok, date: '2027-02-30' },
          { ...ok, by: 'hr' },
          { ...ok, mentorId: 'm-nowk' },
          { ...ok, menteeId: 'm-nowak' },
          { ...ok, menteId: 'x' },
          ok,
          { ...ok, decision: 'declined' },
        ],
      },
      bank,
    );
    expect(isLeft(result)).toBe(true);
    if (!isLeft(result)) return;
    expect(result.left.map((i) => [i.code, i.path])).toEqual([
      ['unknown-field', ['decisons']],
      ['invalid-date', ['decisions', 0, 'date']],
      ['invalid-value', ['decisions', 1, 'by']],
      ['unknown-field', ['decisions', 4, 'menteId']],
      ['unknown-person', ['decisions', 2, 'mentorId']],
      ['unknown-person', ['decisions', 3, 'menteeId']],
      ['conflicting-decisions', ['decisions', 6]],
    ]);
    const messages = result.left.map((i) => i.message);
    expect(messages[0]).toContain('did you mean "decisions"');
    expect(messages[3]).toContain('did you mean "menteeId"');
    expect(messages[4]).toContain('did you mean "m-nowak"');
    expect(messages[5]).toContain('it is a mentor');
  });

  it('refuses what is not a decisions file, and a cohort that was not parsed', () => {
    for (const input of [null, [], 'x', {}, { decisions: {} }])
      expect(isLeft(parseDecisions(input, bank))).toBe(true);
    const notCohort = parseDecisions({ decisions: [] }, SAMPLES.bank as never);
    expect(isLeft(notCohort) && notCohort.left[0]?.code).toBe('not-a-cohort');
  });

  it('has a JSON Schema with the decision fields', () => {
    const schema = decisionsJsonSchema() as { properties: { decisions: { items: { required: string[] } } } };
    expect(schema.properties.decisions.items.required.sort()).toEqual([
      'by',
      'date',
      'decision',
      'menteeId',
      'mentorId',
    ]);
    expect(isRight(parseDecisions({ $schema: 'x', decisions: [] }, bank))).toBe(true);
  });
});
