import { escapeHtml } from '../escapeHtml';
import { INK, seriesFill, seriesPatterns } from './palette';

/** What every chart says about itself: its id in the page, its title and a description of what it shows. @internal */
export interface ChartText {
  /** Unique in the page: `[a-z0-9-]`. */
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in a sentence or two with its figures. */
  readonly desc: string;
  /** Colours with a meaning of their own (green on track, vermillion at risk), by series; default the palette's order. */
  readonly colours?: ReadonlyArray<string>;
}

/**
 * An `<svg>` that scales to its container (a `viewBox`, width 100%), announced as one image whose
 * name is the title and whose description is `desc` (`role="img"`, `aria-labelledby`), with the
 * patterns of `series` series defined.
 *
 * @internal
 */
export function svgFrame(
  text: ChartText,
  width: number,
  height: number,
  series: number,
  body: string,
): string {
  const id = text.id;
  return (
    `<svg class="chart" data-chart="${id}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg" font-family="inherit" font-size="12" fill="${INK}">` +
    `<title id="${id}-t">${escapeHtml(text.title)}</title><desc id="${id}-d">${escapeHtml(text.desc)}</desc>` +
    `<defs>${seriesPatterns(id, series, text.colours)}</defs>${body}</svg>`
  );
}

/**
 * A legend in one row at the top of a chart: a patterned swatch and the label of each series.
 *
 * @internal
 */
export function legend(chartId: string, labels: ReadonlyArray<string>, x: number, y: number): string {
  let out = '';
  let at = x;
  labels.forEach((label, i) => {
    out += `<rect x="${at}" y="${y - 10}" width="14" height="14" fill="${seriesFill(chartId, i)}" stroke="${INK}" stroke-width="0.5"/>`;
    out += `<text x="${at + 19}" y="${y + 1}">${escapeHtml(label)}</text>`;
    at += 19 + approximateWidth(label) + 18;
  });
  return `<g class="legend">${out}</g>`;
}

/** A generous estimate of the width of a label at 12 px, for layout (no DOM to measure with). @internal */
export function approximateWidth(text: string): number {
  return Math.ceil(text.length * 6.8);
}

/** A number for SVG attributes: at most two decimals, no `-0`. @internal */
export function px(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}
