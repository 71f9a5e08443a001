import type { Table } from './Table';

/**
 * A GitHub-flavoured markdown table that pastes into a wiki: numbers right-aligned by the
 * separator row, and every cell escaped ({@link escapeMarkdownCell}) so that what people typed
 * stays text — no table broken by a pipe or a line break, no HTML, no link.
 *
 * @param table - the rows under their columns
 * @returns the markdown table, each line ending in a newline
 * @example
 * formatMarkdown({ columns: [{ header: 'mentor' }, { header: 'score', align: 'right' }], rows: [['ola', '0.82']] });
 * // '| mentor | score |\n| --- | ---: |\n| ola | 0.82 |\n'
 * @category CLI
 */
export function formatMarkdown(table: Table): string {
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |\n`;
  const separator = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |\n`;
  return (
    line(table.columns.map((c) => c.header)) +
    separator +
    table.rows.map((row) => line(table.columns.map((_, i) => row[i] ?? ''))).join('')
  );
}

/**
 * A text as the content of a markdown table cell: `&`, `<` and `>` as HTML entities (no tag, no
 * comment, no autolink survives), backslashes, pipes and square brackets escaped (no column break,
 * no `[x](javascript:…)` link), and every line break — `\r\n`, `\n` or a lone `\r` — as `<br>`.
 *
 * @param cell - the text of a cell
 * @returns the escaped text, on one line
 * @example
 * escapeMarkdownCell('<img src=x> | [x](javascript:alert(1))\rnext');
 * // '&lt;img src=x&gt; \\| \\[x\\](javascript:alert(1))<br>next'
 * @category CLI
 */
export function escapeMarkdownCell(cell: string): string {
  return cell
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|[\]]/g, (c) => `\\${c}`)
    .replace(/\r\n|\n|\r/g, '<br>');
}
