import { stringify } from 'csv-stringify/sync';
import type { Table } from './Table';

/**
 * A table as CSV (RFC 4180, through `csv-stringify`): the headers, then the rows; cells with a
 * comma, a quote or a line break are quoted.
 *
 * @param table - the rows under their columns
 * @returns the CSV text, lines ending in `\n`
 * @example
 * formatCsv({ columns: [{ header: 'mentor' }, { header: 'reasons' }], rows: [['ola', 'TikTok ads, Instagram']] });
 * // 'mentor,reasons\nola,"TikTok ads, Instagram"\n'
 * @category CLI
 */
export function formatCsv(table: Table): string {
  return stringify([table.columns.map((c) => c.header), ...table.rows.map((row) => table.columns.map((_, i) => row[i] ?? ''))], {
    record_delimiter: '\n',
  });
}
