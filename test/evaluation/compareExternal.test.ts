import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { assess, auditMatching, compareStrategies } from '../../src/evaluation/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';

const bank = orThrow(parseCohort(SAMPLES.bank));

describe('compareStrategies with matchings made elsewhere', () => {
  it('adds one row per external matching, after the strategies, with its name, report and findings', () => {
    const optimal = orThrow(match(bank));
    const byHand = {
      pairs: optimal.pairs.slice(0, 3).map(({ mentorId, menteeId }) => ({ mentorId, menteeId })),
    };
    const broken = { pairs: [{ mentorId: 'm-nowak', menteeId: 'e-lewandowska' }] };
    const { strategies } = orThrow(
      compareStrategies(bank, {
        strategies: ['max-total', 'greedy'],
        external: [
          { name: 'optimal.json', matching: optimal },
          { name: 'by-hand.csv', matching: byHand },
          { name: 'broken.csv', matching: broken },
        ],
      }),
    );
    expect(strategies.map((s) => (s.strategy === 'external' ? s.name : s.strategy))).toEqual([
      'max-total',
      'greedy',
      'optimal.json',
      'by-hand.csv',
      'broken.csv',
    ]);
    const [, , same, partial, wrong] = strategies;
    if (same?.strategy !== 'external' || partial?.strategy !== 'external' || wrong?.strategy !== 'external')
      throw new Error('expected external rows');
    expect(same.shareOfOptimal).toBeCloseTo(1, 12);
    expect(same.findings).toEqual([]);
    expect(partial.report).toEqual(orThrow(assess(bank, byHand)));
    expect(partial.shareOfOptimal).toBeCloseTo(partial.report.totalScore / optimal.totalScore, 12);
    // The programme's pin is not among the first three pairs, so it is reported missing.
    expect(partial.findings).toEqual(orThrow(auditMatching(bank, byHand)));
    expect(wrong.findings.map((f) => f.kind)).toEqual(['rule-broken', 'missing-pin']);
    expect(wrong.report.ruleViolations).toBeGreaterThan(0);
  });

  it('refuses an external option of the wrong shape with a path to it', () => {
    const bad = compareStrategies(bank, {
      external: [{ name: 'x', matching: { pairs: [{ mentorId: 1, menteeId: 'e' }] } }] as never,
    });
    expect(bad._tag).toBe('Left');
    if (bad._tag === 'Left') {
      const issue = Array.isArray(bad.left) ? bad.left[0] : bad.left;
      expect(issue).toMatchObject({
        code: 'invalid-option',
        path: ['options', 'external', 0, 'matching', 'pairs', 0],
      });
    }
    const notArray = compareStrategies(bank, { external: 'hand.csv' as never });
    expect(notArray._tag).toBe('Left');
  });
});
