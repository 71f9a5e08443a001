import type { Cohort } from '../../domain/index';
import type { QualityReport } from '../../evaluation/index';
import type { Matching } from '../../matching/index';
import type { Locale } from '../../scoring/index';
import { escapeHtml } from './escapeHtml';
import { figureAttributes } from './figure';
import { formatNumber, formatShare } from './formatNumber';
import { REPORT_WORDS } from './reportWords';

/**
 * "The programme at a glance": people on both sides, places, the share matched, the total score
 * and the spread of the pair scores (mean, lowest, 10th percentile, Gini), as cards.
 *
 * @internal
 */
export function glanceSection(
  cohort: Cohort,
  matching: Matching,
  quality: QualityReport,
  locale: Locale,
): string {
  const w = REPORT_WORDS[locale];
  const places = cohort.mentors.reduce((sum, m) => sum + m.capacity, 0);
  const card = (label: string, name: string, value: number, text: string, note = ''): string =>
    `<div class="card"><div class="card-value" ${figureAttributes(name, value)}>${escapeHtml(text)}</div><div class="card-label">${escapeHtml(label)}</div>${note === '' ? '' : `<div class="card-note">${escapeHtml(note)}</div>`}</div>`;
  const score = (s: number): string => formatNumber(s, 2, locale);
  const cards = [
    card(w.mentees, 'mentees', cohort.mentees.length, String(cohort.mentees.length)),
    card(w.mentors, 'mentors', cohort.mentors.length, String(cohort.mentors.length)),
    card(w.places, 'places', places, String(places)),
    card(
      w.matched,
      'matchedShare',
      quality.matchedShare,
      formatShare(quality.matchedShare, locale),
      w.matchedOf(quality.matched, quality.mentees),
    ),
    card(w.totalScore, 'totalScore', matching.totalScore, score(matching.totalScore)),
    card(w.meanScore, 'meanScore', quality.meanScore, score(quality.meanScore)),
    card(w.minScore, 'minScore', quality.minScore, score(quality.minScore)),
    card(w.p10Score, 'p10Score', quality.p10Score, score(quality.p10Score)),
    card(w.gini, 'gini', quality.gini, score(quality.gini)),
    card(w.goalCoverage, 'goalCoverage', quality.goalCoverage, formatShare(quality.goalCoverage, locale)),
  ];
  return `<section id="glance"><h2>${escapeHtml(w.atAGlance)}</h2><div class="cards">${cards.join('')}</div><p class="note">${escapeHtml(w.objective(w.strategy[matching.objective] ?? matching.objective))}</p></section>`;
}
