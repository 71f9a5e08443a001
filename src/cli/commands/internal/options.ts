import { OBJECTIVES } from '../../../matching/index';
import { AUDIENCES } from '../../../scoring/index';
import type { InputIssue } from '../../io/InputIssue';
import { CSV_DIALECTS } from '../../output/csvDialect';
import { LOCALES } from '../../summary/locale';

/*
 * Options shared by several commands, so that `--locale` or `--out` reads and behaves the same in
 * each. A new command spreads the ones it takes into its `options`.
 */

/** `--locale en|pl`: the language of human-readable output. @internal */
export const localeOption = {
  type: 'string',
  choices: LOCALES,
  default: 'en',
  description: 'language of the text for people',
} as const;

/**
 * `--audience programme|participant`: who reads the text. A participant (the mentee or mentor
 * the text is shown to) never reads that somebody vetoed a pair: a veto reads "not available for
 * this pairing". JSON is the programme's data, and carries vetoes: it is for the programme only.
 *
 * @internal
 */
export const audienceOption = {
  type: 'string',
  choices: AUDIENCES,
  default: 'programme',
  description: 'who reads the text: the programme manager, or a participant (who never sees a veto)',
} as const;

/**
 * The issue of `--audience participant` with `--format json`: JSON carries every reason, vetoes
 * included, so it is never for a participant's eyes.
 *
 * @internal
 */
export function participantJsonIssue(audience: string, format: string): InputIssue | undefined {
  if (audience !== 'participant' || format !== 'json') return undefined;
  return {
    code: 'invalid-option',
    message:
      "--audience participant is for text: JSON is the programme's data and names who vetoed whom (use --format table, markdown or csv)",
    where: '--audience',
    path: ['--audience'],
  };
}

/** `--programme FILE`: the programme (and optional catalogue and managers) as JSON. @internal */
export const programmeOption = {
  type: 'string',
  valueName: 'FILE',
  description:
    'programme JSON (a programme, or { programme, catalog, managers }); without it a CSV gets the defaults',
} as const;

/** `--out FILE`: write the result to a file instead of standard output. @internal */
export const outOption = {
  type: 'string',
  short: 'o',
  valueName: 'FILE',
  description: 'write the result to FILE instead of standard output',
} as const;

/** `--objective max-total|max-matched|fairest`: what the matcher optimises. @internal */
export const objectiveOption = {
  type: 'string',
  choices: OBJECTIVES,
  default: 'max-total',
  description:
    'what to optimise: the total score, the number matched (then the total), or the worst pair (then the total)',
} as const;

/** `--format …` with the given formats, the first being the default. @internal */
export function formatOption<const F extends readonly [string, ...string[]]>(formats: F) {
  return {
    type: 'string',
    choices: formats,
    default: formats[0],
    description: 'output format',
  } as const;
}

/** The positional cohort file of the commands that read one. @internal */
export const cohortFileArgument = {
  name: 'file',
  required: true,
  description: 'cohort JSON or participants CSV (- reads standard input)',
} as const;

/**
 * The options of every command that reads a cohort, for HR exports and sign-up forms: `--columns
 * FILE` (source header → column, grade names), `--sheet NAME` (of an Excel workbook), `--strict`
 * (unknown columns and fields are errors, as the format is written). @internal
 */
export const inputOptions = {
  columns: {
    type: 'string',
    valueName: 'FILE',
    description:
      'a JSON mapping for a spreadsheet: { "columns": { "Source header": "column" }, "grades": { "L2": 2 } }',
  },
  sheet: {
    type: 'string',
    valueName: 'NAME',
    description: 'the sheet of an Excel workbook (default: the first)',
  },
  strict: {
    type: 'boolean',
    description:
      'read the format exactly: unknown columns and fields are errors, every manager must be known',
  },
} as const;

/** The input options as `runOnCohort` takes them. @internal */
export function inputOf(values: {
  readonly programme?: string | undefined;
  readonly columns?: string | undefined;
  readonly sheet?: string | undefined;
  readonly strict?: boolean;
}) {
  return {
    programme: values.programme,
    columns: values.columns,
    sheet: values.sheet,
    strict: values.strict === true,
  };
}

/** `--csv-dialect rfc4180|excel|excel-pl`: how a CSV report is written (default by `--locale`). @internal */
export const csvDialectOption = {
  type: 'string',
  choices: CSV_DIALECTS,
  description:
    'CSV for scripts (rfc4180), for Excel (excel: BOM) or Polish/German Excel (excel-pl: ; and BOM); default excel-pl with --locale pl, else rfc4180',
} as const;
