import { describe, expect, it } from 'vitest';
import { cohortSummary } from '../../../src/cli/summary/cohortSummary';
import { renderCohortSummary } from '../../../src/cli/summary/renderCohortSummary';
import { orThrow, parseCohort } from '../../../src/index';
import { SAMPLES } from '../../../src/samples/index';

const bank = cohortSummary(orThrow(parseCohort(SAMPLES.bank)));

describe('cohortSummary', () => {
  it('counts the bank sample by hand', () => {
    // capacities 2+1+2+1+2+1+1+1+1+1 = 13 places for 12 mentees
    expect([bank.mentors, bank.capacity, bank.mentees]).toEqual([10, 13, 12]);
    // mentors born 1994, 1995, 1996 are millennials, the other seven gen Z; mentees born
    // 1958, 1959, 1961, 1962, 1963 are boomers, the other seven gen X; oldest first
    expect(bank.generations).toEqual([
      { generation: 'baby-boomer', mentors: 0, mentees: 5 },
      { generation: 'gen-x', mentors: 0, mentees: 7 },
      { generation: 'millennial', mentors: 3, mentees: 0 },
      { generation: 'gen-z', mentors: 7, mentees: 0 },
    ]);
  });

  it('lists departments by size, ties by id', () => {
    // marketing: Nowak, Zielińska, Grabowska + Lewandowska = 4; then the three departments of 3
    expect(bank.departments.slice(0, 4).map((d) => [d.department, d.mentors + d.mentees])).toEqual([
      ['marketing', 4],
      ['corporate-banking', 3],
      ['it', 3],
      ['retail-banking', 3],
    ]);
  });

  it('labels the focus by area or skill, heaviest first, ties by id', () => {
    expect(bank.focus.map((f) => [f.key, f.label.en, f.weight])).toEqual([
      ['online-marketing', 'online marketing', 2],
      ['social-media', 'social media', 2],
      ['e-commerce', 'e-commerce', 1.5],
    ]);
  });

  it("counts the mentees' goals by area and priority", () => {
    // social media goals: instagram high, content-creation medium, tiktok-ads medium, linkedin high,
    // tiktok-ads high, social-media-marketing medium, linkedin high, linkedin high, social-media-marketing high,
    // tiktok-ads medium, tiktok-ads high, instagram medium → 7 high, 5 medium
    expect(bank.goalsByArea[0]).toMatchObject({ area: 'social-media', high: 7, medium: 5, low: 0 });
  });
});

describe('renderCohortSummary', () => {
  it('writes the headline in English and in Polish, with Polish number formatting', () => {
    expect(renderCohortSummary(bank, { locale: 'en', detailed: false })).toBe(
      [
        'Programme: Digital Bridge 2027 — Bank Wiślany',
        'Mentors: 10 (13 places in total)',
        'Mentees: 12',
        'Areas in focus: online marketing ×2, social media ×2, e-commerce ×1.5',
        '',
      ].join('\n'),
    );
    expect(renderCohortSummary(bank, { locale: 'pl', detailed: false })).toContain(
      'Obszary priorytetowe: marketing internetowy ×2, media społecznościowe ×2, handel elektroniczny ×1,5',
    );
  });

  it('warns when the mentors have fewer places than there are mentees', () => {
    const summary = cohortSummary(orThrow(parseCohort(SAMPLES['public-office'])));
    // 11 places for 14 mentees: at least 3 unmatched
    expect(renderCohortSummary(summary, { locale: 'en', detailed: false })).toContain(
      'at least 3 will stay unmatched',
    );
  });
});
