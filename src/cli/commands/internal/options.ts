import { OBJECTIVES } from '../../../matching/index';
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
