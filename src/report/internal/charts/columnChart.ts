import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { escapeHtml } from '../escapeHtml';
import { INK, seriesFill } from './palette';
import { type ChartText, legend, px, svgFrame } from './svgFrame';

/** A column chart: categories along x, one or more stacked series. @internal */
export interface ColumnChart extends ChartText {
  readonly categories: ReadonlyArray<string>;
  /** The series, bottom first; `values[s][c]` is series s in category c. */
  readonly series: ReadonlyArray<{ readonly label: string; readonly values: ReadonlyArray<number> }>;
  readonly tickFormat: (value: number) => string;
  /** Whole numbers only on the value axis (counts). */
  readonly counts?: boolean;
}

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 40, right: 12, bottom: 44, left: 44 } as const;

/**
 * A column chart (a histogram, counts per week), stacked with d3-shape's `stack` when there are
 * several series, with a legend above. When the columns are wide enough each total is written on
 * its column; x labels thin out to fit.
 *
 * @param chart - {@link ColumnChart}
 * @returns the SVG markup
 * @internal
 */
export function columnChart(chart: ColumnChart): string {
  const n = chart.categories.length;
  const rows = chart.categories.map((_, c) =>
    Object.fromEntries(chart.series.map((s, i) => [String(i), s.values[c] ?? 0])),
  );
  const keys = chart.series.map((_, i) => String(i));
  const layers = stack<Record<string, number>>().keys(keys)(rows);
  const totals = rows.map((r) => keys.reduce((sum, k) => sum + (r[k] ?? 0), 0));
  const top = Math.max(1, ...totals);
  const x = scaleBand<number>()
    .domain(chart.categories.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(5).filter((t) => chart.counts !== true || Number.isInteger(t));
  let body = '';
  for (const tick of ticks) {
    body += `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="#d0d7de"/>`;
    body += `<text x="${MARGIN.left - 6}" y="${px(y(tick) + 4)}" text-anchor="end" fill="#57606a">${escapeHtml(chart.tickFormat(tick))}</text>`;
  }
  layers.forEach((layer, s) => {
    layer.forEach(([from, to], c) => {
      if (to <= from) return;
      body += `<rect class="bar" x="${px(x(c) ?? 0)}" y="${px(y(to))}" width="${px(x.bandwidth())}" height="${px(y(from) - y(to))}" fill="${seriesFill(chart.id, s)}" stroke="${INK}" stroke-width="0.5"/>`;
    });
  });
  const every = Math.max(1, Math.ceil((n * 48) / (WIDTH - MARGIN.left - MARGIN.right)));
  chart.categories.forEach((label, c) => {
    const centre = (x(c) ?? 0) + x.bandwidth() / 2;
    if (x.bandwidth() >= 22 && (totals[c] ?? 0) > 0)
      body += `<text x="${px(centre)}" y="${px(y(totals[c] ?? 0) - 4)}" text-anchor="middle" font-weight="600">${escapeHtml(chart.tickFormat(totals[c] ?? 0))}</text>`;
    if (c % every === 0)
      body += `<text x="${px(centre)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" fill="#57606a">${escapeHtml(label)}</text>`;
  });
  body += `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}" stroke="${INK}"/>`;
  if (chart.series.length > 1)
    body += legend(
      chart.id,
      chart.series.map((s) => s.label),
      MARGIN.left,
      14,
    );
  return svgFrame(chart, WIDTH, HEIGHT, chart.series.length, body);
}
