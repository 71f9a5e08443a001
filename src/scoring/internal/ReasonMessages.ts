import type { Audience } from '../Audience';
import type { Reason } from '../Reason';
import type { Namer } from './namer';

/** One kind of reason as a phrase in one language. @internal */
export type ReasonMessage<K extends Reason['kind']> = (
  reason: Extract<Reason, { readonly kind: K }>,
  name: Namer,
  audience: Audience,
) => string;

/**
 * One kind of reason in English and Polish, defined in the module of the criterion or rule that
 * gives the reason, beside what it measures: English lower case unless it starts with a name;
 * Polish without declining people's names (a name stands in the nominative, after a colon or in
 * brackets), every counted noun agreeing with its number. For a participant, a veto is "not
 * available for this pairing": who vetoed whom is the programme's to know.
 *
 * @internal
 */
export interface ReasonMessages<K extends Reason['kind']> {
  readonly en: ReasonMessage<K>;
  readonly pl: ReasonMessage<K>;
}
