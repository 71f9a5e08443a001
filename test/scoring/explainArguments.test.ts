import { right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';
import { SAMPLES } from '../../src/samples/index';
import { explainUnchecked } from '../../src/scoring/explainUnchecked';
import { explainUnmatchedUnchecked } from '../../src/matching/explainUnmatchedUnchecked';

// Issue 10: the text functions check what plain JavaScript passes them and answer with an Either;
// for what the library made, the text is the one the unchecked form (the CLI's, the report's) writes.
const cohorts = [SAMPLES.bank, SAMPLES['public-office']].map((input) => lib.orThrow(lib.parseCohort(input)));

describe('explain, checked', () => {
  const cohort = cohorts[0];
  if (cohort === undefined) throw new Error('the bank sample parses');
  const [pair] = lib.orThrow(lib.match(cohort)).pairs;
  if (pair === undefined) throw new Error('the bank sample has pairs');

  it('writes a pair of the bank sample as it did before the checks', () => {
    expect(lib.explain(pair, { cohort, limit: 2 })).toEqual(
      right(
        'Natalia Król can teach LinkedIn presence (4 vs 1), a high-priority goal of Marek Dąbrowski; Natalia Król (Millennials) and Marek Dąbrowski (Baby Boomers) are 2 generations apart',
      ),
    );
  });

  it('gives exactly the unchecked text for every pair, reason and unmatched mentee of the samples', () => {
    let compared = 0;
    for (const c of cohorts) {
      const matching = lib.orThrow(lib.match(c, { minScore: 0.5 }));
      for (const locale of lib.LOCALES)
        for (const audience of ['programme', 'participant'] as const) {
          const options = { locale, cohort: c, audience };
          for (const p of matching.pairs) {
            expect(lib.explain(p, options)).toEqual(right(explainUnchecked(p, options)));
            for (const reason of p.reasons)
              expect(lib.explain(reason, options)).toEqual(right(explainUnchecked(reason, options)));
            compared++;
          }
          for (const u of matching.unmatched) {
            expect(lib.explainUnmatched(u, options)).toEqual(right(explainUnmatchedUnchecked(u, options)));
            compared++;
          }
        }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('refuses a locale it does not write, at options.locale', () => {
    expect(lib.explain(pair, { locale: 'de' as lib.Locale })).toEqual({
      _tag: 'Left',
      left: [
        {
          code: 'unknown-locale',
          message: 'expected a locale: "en" or "pl", got "de"',
          path: ['options', 'locale'],
        },
      ],
    });
  });

  it('locates a reason of an unknown kind and a field of the wrong type in the subject', () => {
    const [reason] = pair.reasons;
    const subject = { reasons: [reason, { ...reason, kind: 'nope' }, { ...reason, mentorLevel: 'five' }] };
    const result = lib.explain(subject as never);
    expect(result._tag === 'Left' && result.left.map((i) => [i.code, i.path])).toEqual([
      ['invalid-argument', ['reasons', 1, 'kind']],
      ['invalid-argument', ['reasons', 2, 'mentorLevel']],
    ]);
    expect(result._tag === 'Left' && result.left[1]?.message).toBe('expected a number, got "five"');
  });

  it('reports every wrong argument at once: the subject, the locale, the cohort, the audience, the limit', () => {
    const result = lib.explain(
      null as never,
      {
        locale: 'xx',
        cohort: SAMPLES.bank,
        audience: 'everyone',
        limit: Number.NaN,
      } as never,
    );
    expect(result._tag === 'Left' && result.left.map((i) => [i.code, i.path])).toEqual([
      ['invalid-argument', []],
      ['unknown-locale', ['options', 'locale']],
      ['not-a-cohort', ['options', 'cohort']],
      ['invalid-argument', ['options', 'audience']],
      ['invalid-argument', ['options', 'limit']],
    ]);
  });

  it('reads options once: a getter that throws is a Left, not an exception', () => {
    const options = Object.defineProperty({}, 'locale', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(lib.explain(pair, options)).toMatchObject({ _tag: 'Left', left: [{ path: ['options'] }] });
  });

  it('quotes at most 80 characters of what came', () => {
    const result = lib.explain(pair, { locale: 'x'.repeat(5000) as lib.Locale });
    expect(result._tag === 'Left' && result.left[0]?.message.length).toBeLessThan(140);
  });
});

describe('the other text functions, checked', () => {
  it.each([
    ['ruleLabel', () => lib.ruleLabel('x' as never), 'invalid-argument', []],
    ['ruleLabel locale', () => lib.ruleLabel('veto', 'de' as never), 'unknown-locale', ['locale']],
    ['explainUnmatched', () => lib.explainUnmatched(null as never), 'invalid-argument', []],
    [
      'waitingListOf',
      () => lib.waitingListOf(null as never, { pairs: [], unmatched: [] }),
      'not-a-cohort',
      [],
    ],
    [
      'auditMatching',
      () => lib.auditMatching(cohorts[0] as lib.Cohort, null as never),
      'invalid-option',
      ['matching'],
    ],
    ['describeFinding', () => lib.describeFinding(null as never), 'invalid-argument', []],
    ['explainStatus', () => lib.explainStatus(null as never), 'invalid-argument', []],
    [
      'explainStatusReason',
      () =>
        lib.explainStatusReason({
          kind: 'left',
          side: 'boss',
          participantId: 'p',
          date: '2027-01-01',
        } as never),
      'invalid-argument',
      ['side'],
    ],
    ['explainChange', () => lib.explainChange(null as never), 'invalid-argument', []],
    ['explainWaiting', () => lib.explainWaiting(null as never), 'invalid-argument', []],
    ['decisionStatusLabel', () => lib.decisionStatusLabel(null as never), 'invalid-argument', []],
    ['decisionStatus', () => lib.decisionStatus(null as never), 'invalid-argument', []],
    ['statusSeverity', () => lib.statusSeverity(null as never), 'invalid-argument', []],
    ['formatPath', () => lib.formatPath(null as never), 'invalid-argument', []],
  ] as const)('%s answers garbage with a located Left', (_name, call, code, path) => {
    expect(call()).toMatchObject({ _tag: 'Left', left: [{ code, path }] });
  });

  it('keeps the answers for values the library made', () => {
    expect(lib.ruleLabel('veto', 'en', 'participant')).toEqual(right('not available for this pairing'));
    expect(lib.statusSeverity('ended')).toEqual(right(null));
    expect(lib.formatPath(['mentors', 3, 'skills'])).toEqual(right('mentors[3].skills'));
    expect(lib.decisionStatus([])).toEqual(right('proposed'));
  });
});
