import { describe, expect, it } from 'vitest';
import { compareStrategies, orThrow, parseCohort } from '../../src/index';
import { renderHtmlReport } from '../../src/report/index';

// Issue 16: the report's pair and unmatched rows for a participant never name a veto.
const cohort = orThrow(
  parseCohort({
    mentors: [
      { id: 'ola', name: 'Ola', grade: 1, skills: { 'tiktok-ads': 5 }, vetoes: ['jan'] },
      { id: 'kuba', name: 'Kuba', grade: 2, skills: { 'tiktok-ads': 4 } },
    ],
    mentees: [
      { id: 'jan', name: 'Jan', grade: 7, goals: [{ skill: 'tiktok-ads' }], vetoes: ['kuba'] },
      { id: 'ewa', name: 'Ewa', grade: 8, goals: [{ skill: 'tiktok-ads' }], preferences: ['kuba'] },
    ],
  }),
);

describe('renderHtmlReport with an audience', () => {
  it('shows the manager the veto, and a participant only "not available for this pairing"', () => {
    for (const locale of ['en', 'pl'] as const) {
      const manager = orThrow(renderHtmlReport({ cohort }, { locale }));
      expect(manager).toContain(locale === 'en' ? 'vetoed (2 mentors)' : 'weto (2 mentorów)');
      const participant = orThrow(renderHtmlReport({ cohort }, { locale, audience: 'participant' }));
      expect(participant).toContain(
        locale === 'en' ? 'not available for this pairing (2 mentors)' : 'para niedostępna (2 mentorów)',
      );
      expect(participant).not.toMatch(/veto|weto/i);
    }
  });

  it("shows the mentees' first choices beside the strategies, where somebody stated preferences", () => {
    const html = orThrow(renderHtmlReport({ cohort, comparison: orThrow(compareStrategies(cohort)) }));
    expect(html).toContain('mentees’ first choice');
    expect(html).toContain('data-figure="menteeFirstChoiceShare"');
  });

  it('refuses an audience it does not know, at its option', () => {
    const result = renderHtmlReport({ cohort }, { audience: 'everyone' as never });
    expect(result._tag === 'Left' ? result.left.map((i) => i.path) : []).toEqual([['options', 'audience']]);
  });
});
