import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { renderHtmlReport } from '../../src/report/index';

// One mentor with one place, three mentees who want what she teaches: the place goes to the best
// score (eb), and the others wait — ec since January, ea since February.
const cohort = orThrow(
  parseCohort({
    programme: { rules: { minScore: 0, excludeReportingLine: 0 } },
    mentors: [{ id: 'ma', grade: 1, skills: { 'tiktok-ads': 5 } }],
    mentees: [
      {
        id: 'ea',
        grade: 5,
        skills: { 'tiktok-ads': 3 },
        goals: [{ skill: 'tiktok-ads', target: 5 }],
        waitingSince: '2027-02-01',
      },
      { id: 'eb', grade: 5, skills: { 'tiktok-ads': 0 }, goals: [{ skill: 'tiktok-ads', target: 5 }] },
      {
        id: 'ec',
        grade: 5,
        skills: { 'tiktok-ads': 2 },
        goals: [{ skill: 'tiktok-ads', target: 5 }],
        waitingSince: '2027-01-15',
      },
    ],
  }),
);

describe('the report’s waiting list', () => {
  it('lists the mentees without a mentor in line order, with the day each waits since', () => {
    const html = orThrow(renderHtmlReport({ cohort }));
    const table = html.slice(html.indexOf('<table class="unmatched">'));
    const rows = [
      ...table.matchAll(
        /<tr data-mentee="([^"]+)"><td class="num">(\d+)<\/td><td class="person">[^<]*<\/td><td>([^<]*)<\/td>/g,
      ),
    ].map((m) => [m[2], m[1], m[3]]);
    expect(rows).toEqual([
      ['1', 'ec', '2027-01-15'],
      ['2', 'ea', '2027-02-01'],
    ]);
    expect(html).toContain('In line order: the longest wait first');
    expect(orThrow(renderHtmlReport({ cohort }, { locale: 'pl' }))).toContain('czeka od');
  });
});
