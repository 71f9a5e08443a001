import writeXlsxFile from 'write-excel-file/node';
import type { Table } from './Table';

/** A sheet of a workbook: its name (at most 31 characters) and its table. @category CLI */
export interface XlsxSheet {
  readonly name: string;
  readonly table: Table;
  /** The columns (by header) whose cells are numbers (a score), written as numbers. */
  readonly numeric?: ReadonlyArray<string>;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * Tables as an Excel workbook (`.xlsx`), one sheet each, through `write-excel-file` (maintained;
 * the `xlsx` package on npm is stuck with known CVEs and `exceljs` is unmaintained). Headers are
 * bold; cells are text — never formulas, so no cell of a report can run in the spreadsheet — except
 * the `numeric` columns, whose decimal cells are numbers.
 *
 * @param sheets - the sheets, in order
 * @returns the bytes of the workbook
 * @example
 * const bytes = await formatXlsx([{ name: 'pairs', table: matchingCsvTable(matching, cohort, 'en'), numeric: ['score'] }]);
 * @category CLI
 */
export async function formatXlsx(sheets: ReadonlyArray<XlsxSheet>): Promise<Uint8Array> {
  const data = sheets.map((sheet) => {
    const numeric = new Set(
      sheet.table.columns.flatMap((c, i) => (sheet.numeric?.includes(c.header) === true ? [i] : [])),
    );
    return {
      sheet: sheet.name.slice(0, 31),
      data: [
        sheet.table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const })),
        ...sheet.table.rows.map((row) =>
          sheet.table.columns.map((_, i) => {
            const cell = row[i] ?? '';
            if (cell === '') return null;
            return numeric.has(i) && NUMBER.test(cell)
              ? { value: Number(cell), type: Number }
              : { value: cell, type: String };
          }),
        ),
      ],
    };
  });
  const buffer = await writeXlsxFile(data).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
