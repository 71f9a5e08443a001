import { escapeHtml } from './escapeHtml';

/** A small table of text cells: a header row and body rows, every cell escaped. @internal */
export interface TextTable {
  readonly head: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

/**
 * A chart in its `<figure>`: the caption, the SVG, and the chart's figures as a table under a
 * "Data" disclosure — a second text alternative for a screen reader and for copying the
 * numbers (hidden in print, where every value is written on the chart itself).
 *
 * @internal
 */
export function figure(title: string, svg: string, data: TextTable, dataLabel: string): string {
  return `<figure class="figure"><figcaption>${escapeHtml(title)}</figcaption>${svg}<details class="data"><summary>${escapeHtml(dataLabel)}</summary>${textTable(data)}</details></figure>`;
}

/** A {@link TextTable} as an HTML `<table>`. @internal */
export function textTable(table: TextTable): string {
  const head = table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * A figure that a test (or a script) can read back exactly: the number as text for the reader,
 * and `data-figure` / `data-value` with the number as JavaScript prints it.
 *
 * @internal
 */
export function figureAttributes(name: string, value: number): string {
  return `data-figure="${escapeHtml(name)}" data-value="${escapeHtml(String(value))}"`;
}
