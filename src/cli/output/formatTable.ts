import { displayWidth, truncateToWidth } from './displayWidth';
import { neutraliseControls } from './neutraliseControls';
import type { Table } from './Table';

/** Options of {@link formatTable}. @category CLI */
export interface FormatTableOptions {
  /** The width of the terminal: shrinkable columns are cut with `…` to fit it. */
  readonly maxWidth?: number | undefined;
}

const GAP = '  ';
const MIN_SHRUNK = 12;

/**
 * A table aligned for a terminal: a header, a rule, and the rows, columns padded by their display
 * width (so that accented and wide characters line up), numbers aligned right. Line breaks inside
 * a cell become spaces: one row is one line; control and bidi characters are shown as escapes
 * ({@link neutraliseControls}) before the widths are measured, so that the columns still line up. When `maxWidth` is given and the table is wider,
 * the columns marked `shrink` are cut, widest first, down to 12 columns each.
 *
 * @param table - the rows under their columns
 * @param options - {@link FormatTableOptions}
 * @returns the table, each line ending in a newline
 * @example
 * formatTable({ columns: [{ header: 'mentor' }, { header: 'score', align: 'right' }], rows: [['ola', '0.82']] });
 * // 'mentor  score\n------  -----\nola      0.82\n'
 * @category CLI
 */
export function formatTable(table: Table, options: FormatTableOptions = {}): string {
  const cells = [
    table.columns.map((c) => neutraliseControls(c.header)),
    ...table.rows.map((row) => table.columns.map((_, i) => oneLine(row[i] ?? ''))),
  ];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  fitToWidth(widths, table, options.maxWidth);

  const line = (row: ReadonlyArray<string>): string =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const text = truncateToWidth(cell, width);
        const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
        return table.columns[i]?.align === 'right' ? pad + text : text + pad;
      })
      .join(GAP)
      .trimEnd();
  const [header = [], ...body] = cells;
  const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
  return [line(header), rule, ...body.map(line)].map((l) => `${l}\n`).join('');
}

/** Narrows the shrinkable columns, widest first, until the table fits (or cannot shrink more). */
function fitToWidth(widths: number[], table: Table, maxWidth: number | undefined): void {
  if (maxWidth === undefined) return;
  const total = (): number =>
    widths.reduce((sum, w) => sum + w, 0) + GAP.length * Math.max(0, widths.length - 1);
  let excess = total() - maxWidth;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] ?? 0;
      if (table.columns[i]?.shrink === true && w > MIN_SHRUNK && (widest === -1 || w > (widths[widest] ?? 0)))
        widest = i;
    }
    if (widest === -1) return;
    const current = widths[widest] ?? 0;
    const cut = Math.min(excess, current - MIN_SHRUNK);
    widths[widest] = current - cut;
    excess -= cut;
  }
}

function oneLine(text: string): string {
  return neutraliseControls(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
