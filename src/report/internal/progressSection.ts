import type { Cohort, Journal } from '../../domain/index';
import type { Matching } from '../../matching/index';
import {
  type AssessProgrammeOptions,
  type PairStatus,
  type ProgrammeReport,
  STATUSES,
} from '../../monitoring/index';
import { explainStatusUnchecked } from '../../monitoring/explainStatusUnchecked';
import type { Locale } from '../../scoring/index';
import { areaChart } from './charts/areaChart';
import { barChart } from './charts/barChart';
import { columnChart } from './charts/columnChart';
import { escapeHtml } from './escapeHtml';
import { figure, figureAttributes } from './figure';
import { formatNumber, formatShare } from './formatNumber';
import { sessionsPerPeriod, statusesOverTime } from './progressFigures';
import { REPORT_WORDS } from './reportWords';

/** Each status in the colour people expect of it (Okabe–Ito's green, orange, vermillion; grey for ended). */
const STATUS_COLOURS: Readonly<Record<PairStatus, string>> = {
  'on-track': '#009E73',
  'needs-check-in': '#E69F00',
  'at-risk': '#D55E00',
  ended: '#8c959f',
};

/** What the progress section is drawn from. @internal */
export interface ProgressInput {
  readonly cohort: Cohort;
  readonly matching: Matching;
  readonly journal: Journal;
  readonly report: ProgrammeReport;
  readonly options: AssessProgrammeOptions;
}

/**
 * "Progress as of …": pairs by status, participation and ratings as cards; sessions per week,
 * pair statuses over time, Kirkpatrick's levels and which criteria predicted progress as charts;
 * and the pairs that need attention, each with why.
 *
 * @internal
 */
export function progressSection(input: ProgressInput, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const { report } = input;
  const { outcomes } = report;
  const card = (label: string, name: string, value: number | null, text: string): string =>
    `<div class="card"><div class="card-value" ${value === null ? '' : figureAttributes(name, value)}>${escapeHtml(text)}</div><div class="card-label">${escapeHtml(label)}</div></div>`;
  const cards = [
    ...STATUSES.map((s) =>
      card(w.status[s], `status-${s}`, outcomes.statuses[s], String(outcomes.statuses[s])),
    ),
    card(
      w.participation,
      'participation',
      outcomes.participation,
      outcomes.participation === null ? w.noData : formatShare(outcomes.participation, locale),
    ),
    card(
      w.satisfaction,
      'meanRating',
      outcomes.kirkpatrick.reaction.meanRating,
      outcomes.kirkpatrick.reaction.meanRating === null
        ? w.noData
        : formatNumber(outcomes.kirkpatrick.reaction.meanRating, 1, locale),
    ),
  ];
  const charts = [
    sessionsChart(input, locale),
    statusChart(input, locale),
    kirkpatrickChart(report, locale),
    predictorChart(report, locale),
  ];
  return `<section id="progress"><h2>${escapeHtml(w.progress(report.asOf))}</h2><div class="cards">${cards.join('')}</div><div class="grid">${charts.join('')}</div>${attention(input, locale)}</section>`;
}

function sessionsChart(input: ProgressInput, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const { starts, held, cancelled } = sessionsPerPeriod(input.journal, input.matching, input.report);
  const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);
  const svg = columnChart({
    id: 'sessions-per-week',
    title: w.sessionsPerWeek,
    desc: w.sessionsPerWeekDesc(sum(held), sum(cancelled), starts.length),
    categories: starts.map((s) => s.slice(5)),
    series: [
      { label: w.held, values: held },
      { label: w.cancelled, values: cancelled },
    ],
    tickFormat: (n) => String(n),
    counts: true,
  });
  const rows = starts.map((s, i) => [w.weekOf(s), String(held[i] ?? 0), String(cancelled[i] ?? 0)]);
  return figure(w.sessionsPerWeek, svg, { head: [w.week, w.held, w.cancelled], rows }, w.data);
}

function statusChart(input: ProgressInput, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const { dates, counts } = statusesOverTime(
    input.cohort,
    input.matching,
    input.journal,
    input.report,
    input.options,
  );
  const last = STATUSES.map((s) => `${w.status[s]} ${input.report.outcomes.statuses[s]}`).join(', ');
  const svg = areaChart({
    id: 'statuses-over-time',
    title: w.statusesOverTime,
    desc: w.statusesOverTimeDesc(last),
    categories: dates.map((d) => d.slice(5)),
    series: STATUSES.map((s) => ({ label: w.status[s], values: counts[s] })),
    colours: STATUSES.map((s) => STATUS_COLOURS[s]),
    tickFormat: (n) => String(n),
  });
  const rows = dates.map((d, i) => [d, ...STATUSES.map((s) => String(counts[s][i] ?? 0))]);
  return figure(w.statusesOverTime, svg, { head: ['', ...STATUSES.map((s) => w.status[s])], rows }, w.data);
}

function kirkpatrickChart(report: ProgrammeReport, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const k = report.outcomes.kirkpatrick;
  const retained =
    k.results === null || k.results.participants === 0 ? null : k.results.retained / k.results.participants;
  const values = [k.reaction.favourableShare, k.learning.reachedShare, k.behaviour?.share ?? null, retained];
  const bars = w.levels.map((label, i) => {
    const value = values[i] ?? null;
    return { label, value, text: value === null ? w.noData : formatShare(value, locale) };
  });
  const svg = barChart({
    id: 'kirkpatrick',
    title: w.kirkpatrick,
    desc: w.kirkpatrickDesc(bars.map((b) => `${b.label} ${b.text}`).join(', ')),
    bars,
    domain: [0, 1],
    tickFormat: (n) => formatShare(n, locale),
  });
  return figure(
    w.kirkpatrick,
    svg,
    { head: ['', w.value], rows: bars.map((b) => [b.label, b.text]) },
    w.data,
  );
}

function predictorChart(report: ProgrammeReport, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const bars = report.criteriaCorrelations.map((c) => ({
    label: w.criterion[c.criterion] ?? c.criterion,
    value: c.gain.r,
    text: c.gain.r === null ? w.notEnoughData : `r = ${formatNumber(c.gain.r, 2, locale)} (n = ${c.gain.n})`,
    series: c.gain.r !== null && c.gain.r < 0 ? 1 : 0,
  }));
  const svg = barChart({
    id: 'predictors',
    title: w.predictors,
    desc: `${w.predictorsIntro} ${w.predictorsDesc(bars.map((b) => `${b.label} ${b.text}`).join(', '))}`,
    bars,
    domain: [-1, 1],
    tickFormat: (n) => formatNumber(n, 1, locale),
    series: 2,
  });
  return figure(w.predictors, svg, { head: ['', 'r'], rows: bars.map((b) => [b.label, b.text]) }, w.data);
}

function attention(input: ProgressInput, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const pairs = input.report.pairs.filter((p) => p.status === 'at-risk' || p.status === 'needs-check-in');
  const heading = `<h3>${escapeHtml(w.attention)}</h3>`;
  if (pairs.length === 0) return `${heading}<p class="note">${escapeHtml(w.allOnTrack)}</p>`;
  // At risk first, then needs a check-in; within each, the order of the report (by mentee).
  const ordered = [
    ...pairs.filter((p) => p.status === 'at-risk'),
    ...pairs.filter((p) => p.status !== 'at-risk'),
  ];
  const items = ordered
    .map(
      (p) =>
        `<li class="status-${p.status}" data-mentee="${escapeHtml(p.menteeId)}" data-mentor="${escapeHtml(p.mentorId)}">${escapeHtml(explainStatusUnchecked(p, { locale, cohort: input.cohort }))}</li>`,
    )
    .join('');
  return `${heading}<ul class="attention">${items}</ul>`;
}
