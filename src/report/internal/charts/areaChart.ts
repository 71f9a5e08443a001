import { scaleLinear, scalePoint } from 'd3-scale';
import { area, stack } from 'd3-shape';
import { escapeHtml } from '../escapeHtml';
import { INK, seriesFill } from './palette';
import { type ChartText, legend, px, svgFrame } from './svgFrame';
import type { ColumnChart } from './columnChart';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 40, right: 16, bottom: 44, left: 44 } as const;

/**
 * A stacked area chart over time (how many pairs are in each status, week by week): d3-shape's
 * `stack` and `area` turn the series into paths, a patterned fill per series, a legend above.
 * With a single point in time it falls back to columns' look: a band one step wide.
 *
 * @param chart - the same shape as a column chart: categories are the points in time
 * @returns the SVG markup
 * @internal
 */
export function areaChart(chart: ColumnChart & ChartText): string {
  const rows = chart.categories.map((_, c) =>
    Object.fromEntries(chart.series.map((s, i) => [String(i), s.values[c] ?? 0])),
  );
  const keys = chart.series.map((_, i) => String(i));
  const layers = stack<Record<string, number>>().keys(keys)(rows);
  const top = Math.max(1, ...rows.map((r) => keys.reduce((sum, k) => sum + (r[k] ?? 0), 0)));
  // One point alone would draw no area: it is widened to a band from its left to its right edge.
  const points = chart.categories.length === 1 ? [0, 1] : chart.categories.map((_, i) => i);
  const x = scalePoint<number>()
    .domain(points)
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const shape = area<readonly [number, number]>()
    .digits(2)
    .x((_, i) => x(points[i] ?? 0) ?? 0)
    .y0(([from]) => y(from))
    .y1(([, to]) => y(to));
  let body = '';
  for (const tick of y.ticks(5).filter((t) => Number.isInteger(t))) {
    body += `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="#d0d7de"/>`;
    body += `<text x="${MARGIN.left - 6}" y="${px(y(tick) + 4)}" text-anchor="end" fill="#57606a">${escapeHtml(chart.tickFormat(tick))}</text>`;
  }
  layers.forEach((layer, s) => {
    const values = layer.map(([from, to]) => [from, to] as const);
    const series = chart.categories.length === 1 ? [values[0], values[0]] : values;
    const d = shape(series.filter((v): v is readonly [number, number] => v !== undefined));
    if (d !== null)
      body += `<path class="area" d="${d}" fill="${seriesFill(chart.id, s)}" stroke="${INK}" stroke-width="0.6"/>`;
  });
  const every = Math.max(1, Math.ceil((chart.categories.length * 48) / (WIDTH - MARGIN.left - MARGIN.right)));
  chart.categories.forEach((label, c) => {
    if (c % every !== 0) return;
    body += `<text x="${px(x(c) ?? 0)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" fill="#57606a">${escapeHtml(label)}</text>`;
  });
  body += `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}" stroke="${INK}"/>`;
  body += legend(
    chart.id,
    chart.series.map((s) => s.label),
    MARGIN.left,
    14,
  );
  return svgFrame(chart, WIDTH, HEIGHT, chart.series.length, body);
}
