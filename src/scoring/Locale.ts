/**
 * A language of explanations: English or Polish.
 *
 * @example
 * const locale: Locale = 'pl';
 * @category Scoring
 */
export type Locale = 'en' | 'pl';

/** The locales {@link explain} writes, in a stable order. @category Scoring */
export const LOCALES: ReadonlyArray<Locale> = ['en', 'pl'];
