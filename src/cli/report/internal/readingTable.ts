import { formatTable } from '../../output/formatTable';
import type { Table, TableColumn } from '../../output/Table';
import { wrapText } from '../../output/wrapText';

/** A row of a {@link readingTable}: its cells, and a note printed under it (none when empty). @internal */
export interface ReadingRow {
  readonly cells: ReadonlyArray<string>;
  readonly note: string;
}

/**
 * A table for a person reading in a terminal (the demo, `progress`): set in by two spaces, each
 * row followed by its note — a reason, a status explained — wrapped to the width under the
 * cells, so that nothing is cut whatever the terminal.
 *
 * @param columns - the columns
 * @param rows - the rows with their notes
 * @param width - the width the notes are wrapped to
 * @returns the lines, without newlines
 * @internal
 */
export function readingTable(
  columns: ReadonlyArray<TableColumn>,
  rows: ReadonlyArray<ReadingRow>,
  width: number,
): ReadonlyArray<string> {
  const table = formatTable({ columns, rows: rows.map((r) => r.cells) });
  const [header = '', rule = '', ...lines] = table.trimEnd().split('\n');
  return [
    `  ${header}`,
    `  ${rule}`,
    ...lines.flatMap((line, i) => [`  ${line}`, ...wrapText(rows[i]?.note ?? '', width, '    ')]),
  ];
}

/**
 * A table whose last column is prose (the reasons of a pair) laid out for reading: the other
 * columns aligned, the last one's text wrapped to the width on lines of its own under each row
 * (see {@link readingTable}), instead of being cut to fit.
 *
 * @param table - the table; its last column becomes the notes
 * @param width - the width the notes are wrapped to
 * @returns the lines, without newlines
 * @internal
 */
export function notesUnderRows(table: Table, width: number): ReadonlyArray<string> {
  const columns = table.columns.slice(0, -1);
  return readingTable(
    columns,
    table.rows.map((row) => ({ cells: row.slice(0, columns.length), note: row[columns.length] ?? '' })),
    width,
  );
}
