/** The languages of the CLI's human-readable output. @category CLI */
export const LOCALES = ['en', 'pl'] as const;

/** A language of the CLI's human-readable output: `en` or `pl`. @category CLI */
export type Locale = (typeof LOCALES)[number];
