/** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell of a CSV report made safe to open in a spreadsheet: a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that Excel, LibreOffice or
 * Google Sheets show it as text rather than run it as a formula (`=HYPERLINK(…)` in a person's
 * name, say). Everything else is returned as is.
 *
 * The CLI's reports (`match --format csv`) are for people and go through this; the participants
 * CSV (`writeCohortCsv`, `generate --format csv`) is data that must read back exactly, and does
 * not.
 *
 * @param cell - the text of a cell
 * @returns the text, with an apostrophe in front when a spreadsheet would take it for a formula
 * @example
 * guardSpreadsheetFormula('=1+2'); // "'=1+2"
 * guardSpreadsheetFormula('Ola Nowak'); // 'Ola Nowak'
 * @category CLI
 */
export function guardSpreadsheetFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
