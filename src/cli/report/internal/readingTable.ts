import { formatTable } from '../../output/formatTable';
import type { TableColumn } from '../../output/Table';
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
