import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CohortInput,
  type Matching,
  compareStrategies,
  match,
  orThrow,
  parseCohort,
  parseJournal,
} from '../../src/index';
import { SAMPLE_JOURNALS, SAMPLES } from '../../src/samples/index';
import { renderHtmlReport } from '../../src/report/index';
import { escapeHtml } from '../../src/report/internal/escapeHtml';
import { cohortArbitrary } from '../support/cohortArbitrary';

const HOSTILE = '<img src=x onerror=alert(1)>';
const bank = orThrow(parseCohort(SAMPLES.bank));
const bankJournal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, bank));

function withHostileNames(input: CohortInput): CohortInput {
  const copy = structuredClone(input) as CohortInput & {
    programme?: { name?: string };
    mentees: Array<{ name?: string }>;
    mentors: Array<{ name?: string }>;
  };
  copy.programme = { ...copy.programme, name: `</title><script>alert("x")</script>` };
  const [mentee] = copy.mentees;
  const [mentor] = copy.mentors;
  if (mentee !== undefined) mentee.name = HOSTILE;
  if (mentor !== undefined) mentor.name = `" onmouseover="alert(1)`;
  return copy;
}

/** Every chart of a page: its id, and whether its `aria-labelledby` names a title and a description it has. */
function charts(html: string): ReadonlyArray<{ readonly id: string; readonly labelled: boolean }> {
  return [
    ...html.matchAll(
      /<svg class="chart" data-chart="([^"]+)"[^>]*aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/g,
    ),
  ].map(([, id = '', labels = '', body = '']) => ({
    id,
    labelled: labels
      .split(' ')
      .every((ref) => new RegExp(`<(title|desc) id="${ref}">[^<]+</\\1>`).test(body)),
  }));
}

describe('renderHtmlReport', () => {
  it('escapes every name, in text and in attributes: no element, no attribute and no script come from the data', () => {
    const cohort = orThrow(parseCohort(withHostileNames(SAMPLES.bank)));
    const html = orThrow(
      renderHtmlReport(
        { cohort, journal: orThrow(parseJournal(SAMPLE_JOURNALS.bank, cohort)) },
        { asOf: '2027-04-12' },
      ),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('" onmouseover="');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(html).toContain('&quot; onmouseover=&quot;alert(1)');
  });

  it('escapes the five markup characters and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const back = escaped
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        expect(back).toBe(text);
      }),
    );
  });

  it('makes a page that asks for nothing from the network: no script, no external address, no import', () => {
    const comparison = orThrow(compareStrategies(bank));
    const html = orThrow(
      renderHtmlReport({ cohort: bank, comparison, journal: bankJournal }, { asOf: '2027-04-12' }),
    );
    expect(html).not.toMatch(
      /<script|<iframe|<img|<link(?![^>]*href="data:,")|@import|url\((?!#)|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i,
    );
  });

  it('draws every chart with a title and a description it is labelled by, and a data table beside it', () => {
    const comparison = orThrow(compareStrategies(bank));
    const html = orThrow(
      renderHtmlReport({ cohort: bank, comparison, journal: bankJournal }, { asOf: '2027-04-12' }),
    );
    const found = charts(html);
    expect(found.map((c) => c.id)).toEqual([
      'strategies-totalscore',
      'strategies-minscore',
      'strategies-goalcoverage',
      'strategies-blockingpairs',
      'score-distribution',
      'mentor-load',
      'goal-coverage',
      'sessions-per-week',
      'statuses-over-time',
      'kirkpatrick',
      'predictors',
    ]);
    expect(found.every((c) => c.labelled)).toBe(true);
    expect(html.match(/<details class="data">/g)?.length).toBe(found.length);
  });

  it('leaves out the strategies without a comparison and the progress without a journal', () => {
    const html = orThrow(renderHtmlReport({ cohort: bank }));
    expect(charts(html).map((c) => c.id)).toEqual(['score-distribution', 'mentor-load', 'goal-coverage']);
    expect(html).not.toContain('id="strategies"');
    expect(html).not.toContain('id="progress"');
  });

  it('shows the figures of the matching it is given: each pair with its score, the total, the unmatched', () => {
    const matching = orThrow(match(bank, { objective: 'fairest' }));
    const html = orThrow(renderHtmlReport({ cohort: bank, matching }));
    expect(html).toContain(`data-figure="totalScore" data-value="${matching.totalScore}"`);
    for (const pair of matching.pairs)
      expect(html).toContain(`<tr data-mentee="${pair.menteeId}" data-mentor="${pair.mentorId}">`);
    expect(html.match(/data-figure="score"/g)?.length).toBe(matching.pairs.length);
  });

  it('gives the same page for a matching read back from JSON, and for the cohort in another order', () => {
    const matching = orThrow(match(bank));
    const html = orThrow(renderHtmlReport({ cohort: bank, matching }, { locale: 'pl' }));
    const fromJson = JSON.parse(
      JSON.stringify({ ...matching, pairs: [...matching.pairs].reverse() }),
    ) as Matching;
    expect(orThrow(renderHtmlReport({ cohort: bank, matching: fromJson }, { locale: 'pl' }))).toBe(html);
    const reversed = {
      ...SAMPLES.bank,
      mentors: [...SAMPLES.bank.mentors].reverse(),
      mentees: [...SAMPLES.bank.mentees].reverse(),
    };
    expect(orThrow(renderHtmlReport({ cohort: orThrow(parseCohort(reversed)) }, { locale: 'pl' }))).toBe(
      html,
    );
  });

  it('writes the page in Polish on request, with Polish numbers', () => {
    const html = orThrow(
      renderHtmlReport({ cohort: bank, journal: bankJournal }, { locale: 'pl', asOf: '2027-04-12' }),
    );
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Program w skrócie');
    expect(html).toContain('Postępy na 2027-04-12');
    expect(html).toMatch(/class="card-value" data-figure="totalScore" data-value="[\d.]+">\d+,\d\d</);
  });

  it('says what is wrong, with the path into the input, instead of throwing', () => {
    const issues = (result: ReturnType<typeof renderHtmlReport>) =>
      result._tag === 'Left' ? result.left.map((i) => [i.code, i.path]) : [];
    expect(issues(renderHtmlReport({ cohort: bank, journal: bankJournal }))).toEqual([
      ['invalid-option', ['options', 'asOf']],
    ]);
    // @ts-expect-error a locale from plain JavaScript that the types forbid
    expect(issues(renderHtmlReport({ cohort: bank }, { locale: 'de' }))).toEqual([
      ['invalid-option', ['options', 'locale']],
    ]);
    // @ts-expect-error a cohort that was never validated
    expect(issues(renderHtmlReport({ cohort: SAMPLES.bank }))).toEqual([['invalid-input', ['cohort']]]);
    const matching = {
      objective: 'max-total',
      totalScore: 1,
      pairs: [{ mentorId: 'nobody', menteeId: 'e-hughes' }],
      unmatched: [{ menteeId: 'e-hughes', reason: { kind: 'gone' } }],
    };
    expect(issues(renderHtmlReport({ cohort: bank, matching: matching as unknown as Matching }))).toEqual([
      ['unknown-mentor', ['matching', 'pairs', 0, 'mentorId']],
      ['invalid-matching', ['matching', 'unmatched', 0, 'reason']],
    ]);
    expect(issues(renderHtmlReport({ cohort: bank, journal: bankJournal }, { asOf: '2027-02-30' }))).toEqual([
      ['invalid-option', ['options', 'asOf']],
    ]);
  });

  it('renders any valid cohort, every pair and unmatched mentee in its table', () => {
    fc.assert(
      fc.property(cohortArbitrary({ maxMentors: 5, maxMentees: 5 }), (input) => {
        const cohort = parseCohort(input);
        if (cohort._tag === 'Left') return;
        const matching = match(cohort.right);
        if (matching._tag === 'Left') return;
        const html = renderHtmlReport({ cohort: cohort.right, matching: matching.right });
        expect(html._tag).toBe('Right');
        const page = html._tag === 'Right' ? html.right : '';
        expect(page.match(/data-figure="score"/g)?.length ?? 0).toBe(matching.right.pairs.length);
        expect(page.match(/<tr data-mentee="[^"]*">/g)?.length ?? 0).toBe(matching.right.unmatched.length);
      }),
      { numRuns: 40 },
    );
  });
});
