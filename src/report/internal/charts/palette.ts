/**
 * Okabe & Ito's palette (2008), distinguishable under the common colour-vision deficiencies, in
 * an order whose neighbours also differ in lightness (so greyscale print keeps them apart); every
 * series also gets a pattern of its own and a text label, so that colour never carries meaning
 * alone.
 *
 * @internal
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
] as const;

/** The ink of text, axes and pattern strokes. @internal */
export const INK = '#1f2328';

/**
 * The fill of series `index` in a chart: its pattern (defined by {@link seriesPatterns} in the
 * same chart) over its colour.
 *
 * @param chartId - the chart's id (pattern ids are unique in the page)
 * @param index - the series
 * @returns a `fill` value
 * @internal
 */
export function seriesFill(chartId: string, index: number): string {
  return `url(#${chartId}-p${index})`;
}

/** The colour of series `index` (the palette repeats after seven). @internal */
export function seriesColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length] ?? INK;
}

/**
 * The `<pattern>` elements of `count` series: series 0 solid, then diagonal lines, dots, cross
 * hatching, horizontal and vertical lines, each over the series colour.
 *
 * @param chartId - the chart's id
 * @param count - how many series
 * @param colours - colours that mean something (a status), in place of the palette's order
 * @returns SVG markup for a `<defs>`
 * @internal
 */
export function seriesPatterns(chartId: string, count: number, colours?: ReadonlyArray<string>): string {
  const marks = [
    '',
    '<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke="#fff" stroke-width="1.6"/>',
    '<circle cx="4" cy="4" r="1.5" fill="#fff"/>',
    '<path d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" stroke-width="1.2"/>',
    '<path d="M0,4 H8" stroke="#fff" stroke-width="1.6"/>',
    '<path d="M4,0 V8" stroke="#fff" stroke-width="1.6"/>',
    '<path d="M0,8 L8,0" stroke="#1f2328" stroke-width="1"/>',
  ];
  let defs = '';
  for (let i = 0; i < count; i++) {
    const mark = marks[i % marks.length] ?? '';
    defs += `<pattern id="${chartId}-p${i}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colours?.[i] ?? seriesColour(i)}"/>${mark}</pattern>`;
  }
  return defs;
}
