import { scaleLinear } from 'd3-scale';
import { escapeHtml } from '../escapeHtml';
import { INK, seriesFill } from './palette';
import { type ChartText, approximateWidth, px, svgFrame } from './svgFrame';

/** One bar: its label, its value (`null`: no data, shown as text), the value as the reader sees it. @internal */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  /** The series (colour and pattern) of the bar; default 0. */
  readonly series?: number;
}

/** A horizontal bar chart. @internal */
export interface BarChart extends ChartText {
  readonly bars: ReadonlyArray<Bar>;
  /** The value axis; a domain below 0 draws bars both ways from 0 (a correlation). */
  readonly domain: readonly [number, number];
  readonly tickFormat: (value: number) => string;
  /** How many series the bars use (default 1). */
  readonly series?: number;
}

const WIDTH = 640;
const ROW = 28;
const TOP = 8;
const AXIS = 24;

/**
 * A horizontal bar chart: one labelled row per bar, its value written at the end of the bar (so
 * the figure never depends on reading the colour or the axis), grid lines at d3's ticks.
 *
 * @param chart - {@link BarChart}
 * @returns the SVG markup
 * @internal
 */
export function barChart(chart: BarChart): string {
  const labelWidth = Math.min(220, Math.max(60, ...chart.bars.map((b) => approximateWidth(b.label)))) + 12;
  const valueWidth = Math.max(40, ...chart.bars.map((b) => approximateWidth(b.text))) + 8;
  const height = TOP + chart.bars.length * ROW + AXIS;
  const x = scaleLinear()
    .domain([chart.domain[0], chart.domain[1]])
    .range([labelWidth, WIDTH - valueWidth]);
  const zero = x(Math.max(chart.domain[0], 0));
  let body = '';
  for (const tick of x.ticks(5)) {
    body += `<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${TOP}" y2="${height - AXIS}" stroke="#d0d7de" stroke-width="1"/>`;
    body += `<text x="${px(x(tick))}" y="${height - AXIS + 16}" text-anchor="middle" fill="#57606a">${escapeHtml(chart.tickFormat(tick))}</text>`;
  }
  chart.bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    body += `<text x="${labelWidth - 10}" y="${y + ROW / 2 + 4}" text-anchor="end">${escapeHtml(clip(bar.label))}</text>`;
    if (bar.value === null) {
      body += `<text x="${px(zero + 6)}" y="${y + ROW / 2 + 4}" fill="#57606a" font-style="italic">${escapeHtml(bar.text)}</text>`;
      return;
    }
    const end = x(bar.value);
    const left = Math.min(zero, end);
    // A bar of 0 still shows a hairline, so that "zero" reads as a value, not as missing.
    const width = Math.max(1.5, Math.abs(end - zero));
    body += `<rect class="bar" x="${px(left)}" y="${y + 5}" width="${px(width)}" height="${ROW - 10}" fill="${seriesFill(chart.id, bar.series ?? 0)}" stroke="${INK}" stroke-width="0.5"/>`;
    // A negative bar's value goes on the other side of zero, clear of the labels on the left.
    const after = bar.value < 0 ? zero + 6 : left + width + 6;
    body += `<text x="${px(after)}" y="${y + ROW / 2 + 4}" font-weight="600">${escapeHtml(bar.text)}</text>`;
  });
  body += `<line x1="${px(zero)}" x2="${px(zero)}" y1="${TOP}" y2="${height - AXIS}" stroke="${INK}" stroke-width="1"/>`;
  return svgFrame(chart, WIDTH, height, chart.series ?? 1, body);
}

/** A label cut to what the label column holds (the full label is in the data table). */
function clip(label: string): string {
  return label.length > 32 ? `${label.slice(0, 31)}…` : label;
}
