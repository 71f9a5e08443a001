import type { Locale } from '../summary/locale';

/**
 * The CSV dialects a report can be written in: `rfc4180` (`,`, no byte-order mark — for scripts),
 * `excel` (`,` and a byte-order mark, so that Excel in English reads UTF-8), `excel-pl` (`;`, a
 * byte-order mark and a decimal comma — what Polish, German or French Excel opens directly).
 *
 * @category CLI
 */
export const CSV_DIALECTS = ['rfc4180', 'excel', 'excel-pl'] as const;

/** A CSV dialect. @category CLI */
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** What a dialect writes. @category CLI */
export interface CsvDialectSpec {
  readonly delimiter: ',' | ';';
  readonly bom: boolean;
  readonly decimalComma: boolean;
}

/**
 * The dialect asked for, or the one a spreadsheet in the locale opens directly: `excel-pl` with
 * `--locale pl`, `rfc4180` otherwise.
 *
 * @param dialect - `--csv-dialect`, if given
 * @param locale - `--locale`
 * @returns what to write
 * @example
 * csvDialect(undefined, 'pl'); // { delimiter: ';', bom: true, decimalComma: true }
 * @category CLI
 */
export function csvDialect(dialect: CsvDialect | undefined, locale: Locale): CsvDialectSpec {
  switch (dialect ?? (locale === 'pl' ? 'excel-pl' : 'rfc4180')) {
    case 'excel':
      return { delimiter: ',', bom: true, decimalComma: false };
    case 'excel-pl':
      return { delimiter: ';', bom: true, decimalComma: true };
    default:
      return { delimiter: ',', bom: false, decimalComma: false };
  }
}
