import { absurd } from 'fp-ts/lib/function.js';
import type { Decider, Decision } from '../domain/index';
import type { Locale } from '../scoring/index';
import type { DecisionStatus } from './DecisionStatus';

/**
 * {@link decisionStatus} without its check, for the library's own callers (`applyDecisions`),
 * which pass decisions `parseDecisions` made.
 *
 * @internal
 */
export function decisionStatusUnchecked(decisions: ReadonlyArray<Decision>): DecisionStatus {
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
 * {@link decisionStatusLabel} without its checks, for the library's own callers (the CLI).
 *
 * @internal
 */
export function decisionStatusLabelUnchecked(status: DecisionStatus, locale: Locale = 'en'): string {
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
