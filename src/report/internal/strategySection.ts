import type { StrategyComparison } from '../../evaluation/index';
import type { Locale } from '../../scoring/index';
import { barChart } from './charts/barChart';
import { escapeHtml } from './escapeHtml';
import { figure, figureAttributes } from './figure';
import { formatNumber, formatShare } from './formatNumber';
import { REPORT_WORDS } from './reportWords';

type Metric = 'totalScore' | 'minScore' | 'goalCoverage' | 'blockingPairs';

/**
 * "Strategies side by side": a table of every strategy's figures and four bar charts — total
 * score, lowest pair score, goal coverage and blocking pairs — each strategy in the same colour
 * and pattern in every chart.
 *
 * @internal
 */
export function strategySection(comparison: StrategyComparison, locale: Locale): string {
  const w = REPORT_WORDS[locale];
  const { strategies } = comparison;
  const score = (s: number): string => formatNumber(s, 2, locale);
  const share = (s: number): string => formatShare(s, locale);
  // A matching made elsewhere is shown under its own name (the CLI uses its file's name).
  const label = (s: (typeof strategies)[number]): string =>
    s.strategy === 'external' ? s.name : w.strategy[s.strategy];
  const cell = (name: string, value: number, text: string): string =>
    `<td class="num" ${figureAttributes(name, value)}>${escapeHtml(text)}</td>`;
  // Only for cohorts where somebody stated preferences (issue 16): the mentees' first choices.
  const firstChoices = strategies.some((s) => s.report.menteeFirstChoiceShare !== undefined);
  const firstChoice = (s: (typeof strategies)[number]): string => {
    const value = s.report.menteeFirstChoiceShare;
    if (!firstChoices) return '';
    return value === undefined
      ? '<td class="num">–</td>'
      : cell('menteeFirstChoiceShare', value, share(value));
  };
  const rows = strategies
    .map(
      (s) =>
        `<tr data-strategy="${escapeHtml(s.strategy)}"><th scope="row">${escapeHtml(label(s))}</th>` +
        cell('totalScore', s.report.totalScore, score(s.report.totalScore)) +
        cell('shareOfOptimal', s.shareOfOptimal, share(s.shareOfOptimal)) +
        cell('matchedShare', s.report.matchedShare, share(s.report.matchedShare)) +
        cell('minScore', s.report.minScore, score(s.report.minScore)) +
        cell('goalCoverage', s.report.goalCoverage, share(s.report.goalCoverage)) +
        cell('blockingPairs', s.report.blockingPairs, String(s.report.blockingPairs)) +
        firstChoice(s) +
        '</tr>',
    )
    .join('');
  const head = [
    '',
    w.totalScore,
    w.shareOfOptimal,
    w.matched,
    w.minScore,
    w.goalCoverage,
    w.blockingPairs,
    ...(firstChoices ? [w.firstChoice] : []),
  ]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const table = `<div class="table-wrap"><table class="strategies"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;

  const metrics: ReadonlyArray<{
    metric: Metric;
    title: string;
    format: (n: number) => string;
    max: number;
  }> = [
    {
      metric: 'totalScore',
      title: w.totalScore,
      format: score,
      max: Math.max(0, ...strategies.map((s) => s.report.totalScore)),
    },
    { metric: 'minScore', title: w.minScore, format: score, max: 1 },
    { metric: 'goalCoverage', title: w.goalCoverage, format: share, max: 1 },
    {
      metric: 'blockingPairs',
      title: w.blockingPairs,
      format: (n) => String(n),
      max: Math.max(1, ...strategies.map((s) => s.report.blockingPairs)),
    },
  ];
  const charts = metrics.map(({ metric, title, format, max }) => {
    const bars = strategies.map((s, i) => ({
      label: label(s),
      value: s.report[metric],
      text: format(s.report[metric]),
      series: i,
    }));
    const values = bars.map((b) => `${b.label} ${b.text}`).join(', ');
    const svg = barChart({
      id: `strategies-${metric.toLowerCase()}`,
      title,
      desc: w.strategyChartDesc(title, values),
      bars,
      domain: [0, max > 0 ? max : 1],
      tickFormat: metric === 'blockingPairs' ? (n) => (Number.isInteger(n) ? String(n) : '') : format,
      series: strategies.length,
    });
    return figure(title, svg, { head: ['', title], rows: bars.map((b) => [b.label, b.text]) }, w.data);
  });
  return `<section id="strategies"><h2>${escapeHtml(w.strategies)}</h2><p class="intro">${escapeHtml(w.strategiesIntro)}</p>${table}<div class="grid">${charts.join('')}</div></section>`;
}
