import { stringify } from 'csv-stringify/sync';
import type { CsvDialectSpec } from './csvDialect';
import { guardSpreadsheetFormula } from './guardSpreadsheetFormula';
import type { Table } from './Table';

/**
 * A table as a CSV report (RFC 4180, through `csv-stringify`): the headers, then the rows; cells
 * with a comma, a quote or a line break are quoted, and a cell a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
 * apostrophe ({@link guardSpreadsheetFormula}). For data that must read back exactly (the
 * participants CSV) use `writeCohortCsv`, which does not add it.
 *
 * @param table - the rows under their columns
 * @param dialect - the delimiter, byte-order mark and decimal mark (default: `,`, none, `.`);
 *   with a decimal comma, cells that are decimal numbers are written `0,7422`
 * @returns the CSV text, lines ending in `\n`
 * @example
 * formatCsv({ columns: [{ header: 'mentor' }, { header: 'reasons' }], rows: [['ola', 'TikTok ads, Instagram'], ['=cmd', '@x']] });
 * // 'mentor,reasons\nola,"TikTok ads, Instagram"\n\'=cmd,\'@x\n'
 * @category CLI
 */
export function formatCsv(table: Table, dialect?: CsvDialectSpec): string {
  const decimal = (cell: string): string =>
    dialect?.decimalComma === true && /^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell;
  const header = table.columns.map((c) => guardSpreadsheetFormula(c.header));
  const rows = table.rows.map((row) =>
    table.columns.map((_, i) => guardSpreadsheetFormula(decimal(row[i] ?? ''))),
  );
  const text = stringify([header, ...rows], { record_delimiter: '\n', delimiter: dialect?.delimiter ?? ',' });
  return dialect?.bom === true ? `\uFEFF${text}` : text;
}
