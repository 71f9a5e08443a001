import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort, parseDecisions } from '../../src/domain/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';
import { applyDecisions, decisionStatus } from '../../src/workflow/index';

const bank = orThrow(parseCohort(SAMPLES.bank));
const key = (p: { readonly mentorId: string; readonly menteeId: string }): string =>
  `${p.mentorId}|${p.menteeId}`;

/**
 * Three mentors, three mentees, every pair allowed (direction off, no rules in the way): a mentor
 * teaches the skill the mentee wants, so each mentee has a clear best mentor.
 */
function tiny(capacity: Partial<Record<string, number>> = {}): CohortInput {
  const mentor = (id: string, skill: string) => ({
    id,
    grade: 1,
    capacity: capacity[id] ?? 1,
    skills: { [skill]: 5 },
  });
  const mentee = (id: string, skill: string) => ({
    id,
    grade: 5,
    capacity: capacity[id] ?? 1,
    skills: { [skill]: 0 },
    goals: [{ skill, target: 4 }],
  });
  return {
    programme: { rules: { minScore: 0, requireSkillGain: false, excludeReportingLine: 0 } },
    mentors: [mentor('ma', 'tiktok-ads'), mentor('mb', 'instagram'), mentor('mc', 'cloud-basics')],
    mentees: [mentee('ea', 'tiktok-ads'), mentee('eb', 'instagram'), mentee('ec', 'cloud-basics')],
  };
}

describe('decisionStatus', () => {
  const d = (by: 'mentor' | 'mentee' | 'programme', decision: 'accepted' | 'declined', date: string) =>
    ({ mentorId: 'm', menteeId: 'e', by, decision, date }) as never;
  it('follows each decider’s latest decision', () => {
    expect(orThrow(decisionStatus([]))).toBe('proposed');
    expect(orThrow(decisionStatus([d('mentee', 'accepted', '2027-01-02')]))).toBe('accepted');
    expect(orThrow(decisionStatus([d('programme', 'accepted', '2027-01-02')]))).toBe('published');
    expect(
      orThrow(
        decisionStatus([d('programme', 'accepted', '2027-01-02'), d('mentor', 'declined', '2027-01-03')]),
      ),
    ).toBe('declined');
    // A mentee who declined and then accepted has accepted, in any order of the list.
    expect(
      orThrow(decisionStatus([d('mentee', 'accepted', '2027-01-05'), d('mentee', 'declined', '2027-01-03')])),
    ).toBe('accepted');
  });
});

describe('applyDecisions', () => {
  it('keeps every undecided pair when one pair is declined, and never proposes the declined pair', () => {
    const proposal = orThrow(match(bank));
    const first = proposal.pairs[0];
    if (first === undefined) throw new Error('the bank sample has pairs');
    const decisions = orThrow(
      parseDecisions(
        {
          decisions: [
            {
              mentorId: first.mentorId,
              menteeId: first.menteeId,
              by: 'mentee',
              decision: 'declined',
              date: '2027-01-04',
              reason: 'we know each other',
            },
          ],
        },
        bank,
      ),
    );
    const round = orThrow(applyDecisions(bank, proposal, decisions));
    const next = new Set(round.matching.pairs.map(key));
    expect(next.has(key(first))).toBe(false);
    for (const p of proposal.pairs.slice(1)) expect(next.has(key(p))).toBe(true);
    expect(round.undecided).toEqual({
      before: proposal.pairs.length - 1,
      kept: proposal.pairs.length - 1,
      changed: 0,
    });
    expect(round.changes[0]).toEqual({
      change: 'removed',
      mentorId: first.mentorId,
      menteeId: first.menteeId,
      because: 'declined',
    });
    expect(round.statuses.find((s) => key(s) === key(first))?.status).toBe('declined');
    // Every added pair uses a place the decline freed or one the proposal left empty.
    for (const c of round.changes.filter((c) => c.change === 'added'))
      expect(
        c.mentorId === first.mentorId ||
          c.menteeId === first.menteeId ||
          !proposal.pairs.some(
            (p) =>
              p.mentorId === c.mentorId &&
              bank.mentorById.get(c.mentorId)?.capacity ===
                proposal.pairs.filter((q) => q.mentorId === c.mentorId).length,
          ),
      ).toBe(true);
  });

  it('displaces the fewest undecided pairs for a pair the programme decided itself (worked example)', () => {
    const cohort = orThrow(parseCohort(tiny()));
    const proposal = orThrow(match(cohort));
    // Each mentee gets the mentor who teaches their goal.
    expect(proposal.pairs.map(key)).toEqual(['ma|ea', 'mb|eb', 'mc|ec']);
    // The programme publishes ma–eb: ma and eb were both taken, so ma–ea and mb–eb must go (2
    // changes, the fewest: each conflicts with the new pair); mc–ec stays; ea and mb are freed
    // and pair up.
    const decisions = orThrow(
      parseDecisions(
        {
          decisions: [
            { mentorId: 'ma', menteeId: 'eb', by: 'programme', decision: 'accepted', date: '2027-01-04' },
          ],
        },
        cohort,
      ),
    );
    const round = orThrow(applyDecisions(cohort, proposal, decisions));
    expect(round.matching.pairs.map(key)).toEqual(['mb|ea', 'ma|eb', 'mc|ec']);
    expect(round.undecided).toEqual({ before: 3, kept: 1, changed: 2 });
    expect(round.changes).toEqual([
      { change: 'removed', mentorId: 'ma', menteeId: 'ea', because: 'displaced' },
      { change: 'removed', mentorId: 'mb', menteeId: 'eb', because: 'displaced' },
      { change: 'added', mentorId: 'mb', menteeId: 'ea' },
      { change: 'added', mentorId: 'ma', menteeId: 'eb' },
    ]);
    expect(round.statuses.map((s) => `${key(s)}:${s.status}`)).toEqual([
      'mb|ea:proposed',
      'ma|eb:published',
      'mc|ec:proposed',
    ]);
    expect(round.matching.pairs.find((p) => key(p) === 'ma|eb')?.pinned).toBe(true);
    expect(round.matching.pairs.find((p) => key(p) === 'mc|ec')?.pinned).toBe(false);
  });

  it('keeps the better of two undecided pairs when an accepted pair takes one of a mentor’s two places', () => {
    const cohort = orThrow(parseCohort(tiny({ ma: 2 })));
    // ma (capacity 2) was proposed with ea and eb; ea's pair teaches ea's goal, eb's does not.
    const proposal = {
      pairs: [
        { mentorId: 'ma', menteeId: 'ea' },
        { mentorId: 'ma', menteeId: 'eb' },
      ],
    };
    const decisions = orThrow(
      parseDecisions(
        {
          decisions: [
            { mentorId: 'ma', menteeId: 'ec', by: 'mentor', decision: 'accepted', date: '2027-01-04' },
          ],
        },
        cohort,
      ),
    );
    const round = orThrow(applyDecisions(cohort, proposal, decisions));
    expect(round.undecided).toEqual({ before: 2, kept: 1, changed: 1 });
    const pairs = round.matching.pairs.map(key);
    expect(pairs).toContain('ma|ea');
    expect(pairs).toContain('ma|ec');
    expect(pairs).not.toContain('ma|eb');
    expect(pairs).toContain('mb|eb');
  });

  it('drops the pairs of people who left, and refuses an accepted pair a rule blocks', () => {
    const cohort = orThrow(parseCohort(tiny()));
    const none = orThrow(parseDecisions({ decisions: [] }, cohort));
    const round = orThrow(applyDecisions(cohort, { pairs: [{ mentorId: 'gone', menteeId: 'ea' }] }, none));
    expect(round.changes[0]).toEqual({
      change: 'removed',
      mentorId: 'gone',
      menteeId: 'ea',
      because: 'left-programme',
    });

    const excluded = orThrow(
      parseCohort({
        ...tiny(),
        programme: { rules: { minScore: 0, requireSkillGain: false, excludedPairs: [['ma', 'ea']] } },
      }),
    );
    const accept = orThrow(
      parseDecisions(
        {
          decisions: [
            { mentorId: 'ma', menteeId: 'ea', by: 'mentee', decision: 'accepted', date: '2027-01-04' },
          ],
        },
        excluded,
      ),
    );
    const refused = applyDecisions(excluded, { pairs: [] }, accept);
    expect(isLeft(refused) && refused.left.map((i) => [i.code, i.path])).toEqual([
      ['accepted-pair-infeasible', ['decisions', 'decisions', 0]],
    ]);
  });

  it('refuses accepted pairs beyond a capacity, and wrong arguments from plain JavaScript', () => {
    const cohort = orThrow(parseCohort(tiny()));
    const both = orThrow(
      parseDecisions(
        {
          decisions: [
            { mentorId: 'ma', menteeId: 'ea', by: 'mentee', decision: 'accepted', date: '2027-01-04' },
            { mentorId: 'ma', menteeId: 'eb', by: 'mentee', decision: 'accepted', date: '2027-01-04' },
          ],
        },
        cohort,
      ),
    );
    const over = applyDecisions(cohort, { pairs: [] }, both);
    expect(isLeft(over) && over.left.map((i) => i.code)).toEqual([
      'accepted-pair-conflict',
      'accepted-pair-conflict',
    ]);
    const none = orThrow(parseDecisions({ decisions: [] }, cohort));
    const bad = applyDecisions(cohort, { pairs: 'x' } as never, none);
    expect(isLeft(bad) && bad.left[0]).toMatchObject({ code: 'invalid-type', path: ['proposal'] });
    const badOptions = applyDecisions(cohort, { pairs: [] }, none, { minScore: 'high' } as never);
    expect(isLeft(badOptions) && badOptions.left[0]).toMatchObject({
      code: 'invalid-type',
      path: ['options', 'minScore'],
    });
    const notCohort = applyDecisions(SAMPLES.bank as never, { pairs: [] }, none);
    expect(isLeft(notCohort) && notCohort.left[0]?.code).toBe('not-a-cohort');
  });

  it('gives the same round whatever the order of the decisions file and the proposal', () => {
    const proposal = orThrow(match(bank));
    const [a, b, c] = proposal.pairs;
    if (a === undefined || b === undefined || c === undefined) throw new Error('the bank sample has pairs');
    const list = [
      { mentorId: a.mentorId, menteeId: a.menteeId, by: 'mentee', decision: 'declined', date: '2027-01-04' },
      {
        mentorId: b.mentorId,
        menteeId: b.menteeId,
        by: 'programme',
        decision: 'accepted',
        date: '2027-01-05',
      },
      { mentorId: c.mentorId, menteeId: c.menteeId, by: 'mentor', decision: 'accepted', date: '2027-01-03' },
      { mentorId: c.mentorId, menteeId: c.menteeId, by: 'mentor', decision: 'declined', date: '2027-01-02' },
    ];
    const one = orThrow(applyDecisions(bank, proposal, orThrow(parseDecisions({ decisions: list }, bank))));
    const two = orThrow(
      applyDecisions(
        bank,
        { pairs: [...proposal.pairs].reverse() },
        orThrow(parseDecisions({ decisions: [...list].reverse() }, bank)),
      ),
    );
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('refuses a decline of a pair the programme pins: the two contradict each other', () => {
    const pinned = orThrow(
      parseCohort({
        ...tiny(),
        programme: {
          rules: {
            minScore: 0,
            requireSkillGain: false,
            excludeReportingLine: 0,
            pinnedPairs: [['ma', 'ea']],
          },
        },
      }),
    );
    const decline = orThrow(
      parseDecisions(
        {
          decisions: [
            { mentorId: 'ma', menteeId: 'ea', by: 'mentee', decision: 'declined', date: '2027-01-04' },
          ],
        },
        pinned,
      ),
    );
    const refused = applyDecisions(pinned, orThrow(match(pinned)), decline);
    expect(isLeft(refused) && refused.left.map((i) => [i.code, i.path])).toEqual([
      ['pinned-pair-declined', ['decisions', 'decisions', 0]],
    ]);
  });
});
