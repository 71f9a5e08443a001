import { absurd } from 'fp-ts/lib/function.js';
import type { Decider, Decision } from '../domain/index';
import type { Locale } from '../scoring/index';

/**
 * Where a pair stands after the decisions on it:
 *
 * - `proposed`: the matcher proposed it and nobody has decided yet;
 * - `accepted`: the mentor or the mentee accepted it (and nobody's latest decision declines it);
 * - `published`: the programme accepted it — it is announced to the two (and nobody declines it);
 * - `declined`: someone's latest decision declines it; it is never proposed again.
 *
 * Each decider's latest decision counts (by date): a mentee who declined on Monday and accepted
 * on Wednesday has accepted. Accepted and published pairs are kept in every later round.
 *
 * @example
 * DECISION_STATUSES.includes('published'); // true
 * @category Workflow
 */
export const DECISION_STATUSES = ['proposed', 'accepted', 'published', 'declined'] as const;

/** Where a pair stands after the decisions on it (see {@link DECISION_STATUSES}). @category Workflow */
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/**
 * The status of one pair from the decisions on it (any order): `declined` when some decider's
 * latest decision declines it, else `published` when the programme's latest accepts it, else
 * `accepted` when the mentor's or the mentee's does, else `proposed`.
 *
 * @param decisions - the decisions on one pair (validated: one decider never decides twice on one day)
 * @returns the pair's {@link DecisionStatus}
 * @example
 * decisionStatus([]); // 'proposed'
 * @category Workflow
 */
export function decisionStatus(decisions: ReadonlyArray<Decision>): DecisionStatus {
  const latest = new Map<Decider, Decision>();
  for (const d of decisions) {
    const earlier = latest.get(d.by);
    if (earlier === undefined || d.date > earlier.date) latest.set(d.by, d);
  }
  const says = [...latest.values()];
  if (says.some((d) => d.decision === 'declined')) return 'declined';
  if (latest.get('programme')?.decision === 'accepted') return 'published';
  if (says.some((d) => d.decision === 'accepted')) return 'accepted';
  return 'proposed';
}

/**
 * A status in words: `proposed` → "proposed" / "zaproponowana".
 *
 * @param status - a {@link DecisionStatus}
 * @param locale - `en` (default) or `pl`
 * @returns a short word
 * @example
 * decisionStatusLabel('published', 'pl'); // 'ogłoszona'
 * @category Workflow
 */
export function decisionStatusLabel(status: DecisionStatus, locale: Locale = 'en'): string {
  const pl = locale === 'pl';
  switch (status) {
    case 'proposed':
      return pl ? 'zaproponowana' : 'proposed';
    case 'accepted':
      return pl ? 'przyjęta' : 'accepted';
    case 'published':
      return pl ? 'ogłoszona' : 'published';
    case 'declined':
      return pl ? 'odrzucona' : 'declined';
    default:
      return absurd(status);
  }
}
