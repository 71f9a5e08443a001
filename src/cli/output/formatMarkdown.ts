import type { Table } from './Table';

/**
 * A GitHub-flavoured markdown table that pastes into a wiki: pipes in cells escaped, line breaks
 * turned into `<br>`, numbers right-aligned by the separator row.
 *
 * @param table - the rows under their columns
 * @returns the markdown table, each line ending in a newline
 * @example
 * formatMarkdown({ columns: [{ header: 'mentor' }, { header: 'score', align: 'right' }], rows: [['ola', '0.82']] });
 * // '| mentor | score |\n| --- | ---: |\n| ola | 0.82 |\n'
 * @category CLI
 */
export function formatMarkdown(table: Table): string {
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.map(escape).join(' | ')} |\n`;
  const separator = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |\n`;
  return (
    line(table.columns.map((c) => c.header)) +
    separator +
    table.rows.map((row) => line(table.columns.map((_, i) => row[i] ?? ''))).join('')
  );
}

function escape(cell: string): string {
  return cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
