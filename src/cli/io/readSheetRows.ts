import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { readSheet } from 'read-excel-file/node';
import type { InputIssue } from './InputIssue';

/**
 * The cells of one sheet of an Excel workbook (`.xlsx`), row by row, as text — through
 * `read-excel-file`, which is maintained (the `xlsx` package on npm is stuck at 0.18.5 with known
 * CVEs, and `exceljs` is unmaintained). Dates become `YYYY-MM-DD`, numbers their decimal text,
 * empty cells `''`. The first sheet, or the one named.
 *
 * @param bytes - the file's content
 * @param file - the file's name for the issue
 * @param sheet - the sheet's name (`--sheet`); the first sheet when left out
 * @returns the rows, or why the file cannot be read (not an `.xlsx`, no such sheet)
 * @example
 * const rows = await readSheetRows(bytes, 'people.xlsx', 'Participants');
 * @category CLI
 */
export async function readSheetRows(
  bytes: Uint8Array,
  file: string,
  sheet?: string,
): Promise<Either<InputIssue, string[][]>> {
  let data: ReadonlyArray<ReadonlyArray<unknown>>;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    data = sheet === undefined ? await readSheet(buffer) : await readSheet(buffer, sheet);
  } catch (error) {
    return left({ code: 'invalid-excel', message: excelErrorMessage(error, sheet), where: file });
  }
  return right(data.map((row) => row.map(cellText)));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

function excelErrorMessage(error: unknown, sheet: string | undefined): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'SheetNotFoundError') {
    const sheets =
      typeof error === 'object' && error !== null && 'sheets' in error && Array.isArray(error.sheets)
        ? (error.sheets as ReadonlyArray<unknown>).map(String)
        : [];
    return `no sheet "${sheet ?? ''}" in the workbook; its sheets are ${sheets.map((s) => `"${s}"`).join(', ')}`;
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'XLS_FILE_NOT_SUPPORTED')
    return 'an old Excel .xls file: save it as an Excel workbook (.xlsx) or as CSV UTF-8';
  if (name === 'InvalidInputError' || name === 'InvalidSpreadsheetError')
    return 'not an Excel workbook (.xlsx): save it as .xlsx, or as CSV UTF-8';
  return `the workbook cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
