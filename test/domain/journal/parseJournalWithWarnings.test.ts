import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort, parseJournal, parseJournalWithWarnings } from '../../../src/domain/index';
import { SAMPLE_JOURNALS, SAMPLES } from '../../../src/samples/index';

const bank = orThrow(parseCohort(SAMPLES.bank));
const checkIn = { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-01-11' };

describe('parseJournalWithWarnings', () => {
  it('leaves out fields a journal does not know, with a warning at each', () => {
    const parsed = orThrow(
      parseJournalWithWarnings(
        { exportedBy: 'tool', checkIns: [{ ...checkIn, room: 'B2', ratings: { mentee: 5, stars: 4 } }] },
        bank,
      ),
    );
    expect(parsed.warnings.map((w) => w.path)).toEqual([
      ['exportedBy'],
      ['checkIns', 0, 'room'],
      ['checkIns', 0, 'ratings', 'stars'],
    ]);
    expect(parsed.warnings).toHaveLength(3);
    expect(parsed.journal).toEqual(
      orThrow(parseJournal({ checkIns: [{ ...checkIn, ratings: { mentee: 5 } }] }, bank)),
    );
  });

  it('keeps a near miss of a known field an error, naming the field meant', () => {
    const result = parseJournalWithWarnings({ checkIns: [{ ...checkIn, ratigns: { mentee: 5 } }] }, bank);
    expect(isLeft(result) && result.left.map((i) => [i.code, i.path, i.message])).toEqual([
      ['unknown-field', ['checkIns', 0, 'ratigns'], 'unknown field "ratigns" (did you mean "ratings"?)'],
    ]);
  });

  it('reads the sample journal exactly as parseJournal does, with no warning', () => {
    const parsed = orThrow(parseJournalWithWarnings(SAMPLE_JOURNALS.bank, bank));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.journal).toEqual(orThrow(parseJournal(SAMPLE_JOURNALS.bank, bank)));
  });
});
