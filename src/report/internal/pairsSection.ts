import type { Cohort } from '../../domain/index';
import { type Matching } from '../../matching/index';
import { explainUnmatchedUnchecked } from '../../matching/explainUnmatchedUnchecked';
import { type Audience, type Locale } from '../../scoring/index';
import { explainUnchecked } from '../../scoring/explainUnchecked';
import { waitingListOfUnchecked } from '../../workflow/waitingListOfUnchecked';
import { barChart } from './charts/barChart';
import { columnChart } from './charts/columnChart';
import { escapeHtml } from './escapeHtml';
import { figure, figureAttributes } from './figure';
import { formatNumber, formatShare } from './formatNumber';
import { coverageByArea, mentorLoad, scoreBins } from './matchingFigures';
import { REPORT_WORDS } from './reportWords';

/**
 * "Pairs": the distribution of pair scores, the mentor load and goal coverage by skill area as
 * charts; then every pair with its reasons, and every mentee without a mentor with why, as the
 * waiting list (in line order, with the day each waits since when somebody gave one) — for
 * the `audience` (a participant never reads a veto).
 *
 * @internal
 */
export function pairsSection(
  cohort: Cohort,
  matching: Matching,
  locale: Locale,
  audience: Audience = 'programme',
): string {
  const w = REPORT_WORDS[locale];
  return `<section id="pairs"><h2>${escapeHtml(w.pairs)}</h2><div class="grid">${[
    scoreChart(matching, locale),
    loadChart(cohort, matching, locale),
    coverageChart(cohort, matching, locale),
  ].join(
    '',
  )}</div>${pairTable(cohort, matching, locale, audience)}${unmatchedTable(cohort, matching, locale, audience)}</section>`;
}

function scoreChart(matching: Matching, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const counts = scoreBins(matching);
  const label = (i: number): string =>
    `${formatNumber(i / 10, 1, locale)}–${formatNumber((i + 1) / 10, 1, locale)}`;
  const categories = counts.map((_, i) => label(i));
  const svg = columnChart({
    id: 'score-distribution',
    title: w.scoreDistribution,
    desc: w.scoreDistributionDesc(categories.map((c, i) => `${c}: ${counts[i] ?? 0}`).join(', ')),
    categories: counts.map((_, i) => formatNumber(i / 10, 1, locale)),
    series: [{ label: w.pairsCount, values: counts }],
    tickFormat: (n) => String(n),
    counts: true,
  });
  const rows = categories.map((c, i) => [c, String(counts[i] ?? 0)]);
  return figure(w.scoreDistribution, svg, { head: [w.score, w.pairsCount], rows }, w.data);
}

function loadChart(cohort: Cohort, matching: Matching, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const load = mentorLoad(cohort, matching);
  const categories = load.counts.map((_, k) => w.menteesPerMentor(k));
  const svg = columnChart({
    id: 'mentor-load',
    title: w.mentorLoad,
    desc: w.mentorLoadDesc(
      categories.map((c, k) => `${c}: ${load.counts[k] ?? 0}`).join(', '),
      load.used,
      load.capacity,
    ),
    categories,
    series: [{ label: w.mentorsCount, values: load.counts }],
    tickFormat: (n) => String(n),
    counts: true,
  });
  const rows = categories.map((c, k) => [c, String(load.counts[k] ?? 0)]);
  return figure(w.mentorLoad, svg, { head: ['', w.mentorsCount], rows }, w.data);
}

function coverageChart(cohort: Cohort, matching: Matching, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const areas = coverageByArea(cohort, matching);
  const bars = areas.map((a) => {
    const area = cohort.areas.get(a.area);
    return { label: area?.label[locale] ?? a.area, value: a.share, text: formatShare(a.share, locale) };
  });
  const svg = barChart({
    id: 'goal-coverage',
    title: w.coverageByArea,
    desc:
      bars.length === 0
        ? w.noOpenGoals
        : w.coverageByAreaDesc(bars.map((b) => `${b.label} ${b.text}`).join(', ')),
    bars,
    domain: [0, 1],
    tickFormat: (n) => formatShare(n, locale),
  });
  return figure(
    w.coverageByArea,
    svg,
    { head: ['', w.goalCoverage], rows: bars.map((b) => [b.label, b.text]) },
    w.data,
  );
}

const personName = (
  person: { readonly id: string; readonly name?: string | undefined } | undefined,
  id: string,
): string => person?.name ?? id;

function pairTable(cohort: Cohort, matching: Matching, locale: Locale, audience: Audience): string {
  const w = REPORT_WORDS[locale];
  const rows = matching.pairs
    .map((pair) => {
      const mentee = personName(cohort.menteeById.get(pair.menteeId), pair.menteeId);
      const mentor = personName(cohort.mentorById.get(pair.mentorId), pair.mentorId);
      const pinned = pair.pinned ? ` <span class="tag">${escapeHtml(w.pinned)}</span>` : '';
      return (
        `<tr data-mentee="${escapeHtml(pair.menteeId)}" data-mentor="${escapeHtml(pair.mentorId)}">` +
        `<td class="person">${escapeHtml(mentee)}</td><td class="person">${escapeHtml(mentor)}${pinned}</td>` +
        `<td class="num" ${figureAttributes('score', pair.score)}>${escapeHtml(formatNumber(pair.score, 2, locale))}</td>` +
        `<td class="reasons">${escapeHtml(explainUnchecked(pair, { locale, cohort, limit: 3, audience }))}</td></tr>`
      );
    })
    .join('');
  return `<div class="table-wrap"><table class="pairs"><thead><tr><th scope="col">${escapeHtml(w.mentee)}</th><th scope="col">${escapeHtml(w.mentor)}</th><th scope="col">${escapeHtml(w.score)}</th><th scope="col">${escapeHtml(w.reasons)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function unmatchedTable(cohort: Cohort, matching: Matching, locale: Locale, audience: Audience): string {
  const w = REPORT_WORDS[locale];
  const heading = `<h3>${escapeHtml(w.unmatched)}</h3>`;
  if (matching.unmatched.length === 0) return `${heading}<p class="note">${escapeHtml(w.noneUnmatched)}</p>`;
  // The waiting list: in line order, with the day each waits since when somebody gave one.
  const line = waitingListOfUnchecked(cohort, matching).mentees;
  const dated = line.some((m) => m.waitingSince !== undefined);
  const rows = line
    .map(
      (u) =>
        `<tr data-mentee="${escapeHtml(u.menteeId)}"><td class="num">${u.position}</td><td class="person">${escapeHtml(personName(cohort.menteeById.get(u.menteeId), u.menteeId))}</td>${dated ? `<td>${escapeHtml(u.waitingSince ?? '—')}</td>` : ''}<td class="reasons">${escapeHtml(explainUnmatchedUnchecked(u, { locale, cohort, audience }))}</td></tr>`,
    )
    .join('');
  const since = dated ? `<th scope="col">${escapeHtml(w.waitingSince)}</th>` : '';
  return `${heading}<p class="note">${escapeHtml(w.lineOrder)}</p><div class="table-wrap"><table class="unmatched"><thead><tr><th scope="col">#</th><th scope="col">${escapeHtml(w.mentee)}</th>${since}<th scope="col">${escapeHtml(w.why)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
