import { absurd } from 'fp-ts/lib/function.js';
import { type Locale } from '../scoring/index';
import { ruleLabelUnchecked } from '../scoring/ruleLabelUnchecked';
import type { MatchingFinding } from './auditMatching';

/**
 * {@link describeFinding} without its checks, for the library's own callers (the CLI), which
 * pass findings the audit made.
 *
 * @internal
 */
export function describeFindingUnchecked(finding: MatchingFinding, locale: Locale = 'en'): string {
  const pl = locale === 'pl';
  const q = (id: string): string => JSON.stringify(id);
  const pairOf = (f: {
    readonly pair: number;
    readonly mentorId: string;
    readonly menteeId: string;
  }): string => `${pl ? 'para' : 'pair'} ${f.pair + 1} (${q(f.mentorId)} → ${q(f.menteeId)})`;
  switch (finding.kind) {
    case 'unknown-person': {
      const who =
        finding.side === 'both'
          ? pl
            ? 'ani mentor, ani mentee nie należą do kohorty'
            : 'neither the mentor nor the mentee is in the cohort'
          : finding.side === 'mentor'
            ? pl
              ? `mentora ${q(finding.mentorId)} nie ma w kohorcie`
              : `mentor ${q(finding.mentorId)} is not in the cohort`
            : pl
              ? `mentee ${q(finding.menteeId)} nie ma w kohorcie`
              : `mentee ${q(finding.menteeId)} is not in the cohort`;
      return `${pairOf(finding)}: ${who}`;
    }
    case 'rule-broken':
      return pl
        ? `${pairOf(finding)} łamie regułę „${ruleLabelUnchecked(finding.rule, 'pl')}”`
        : `${pairOf(finding)} breaks the rule "${ruleLabelUnchecked(finding.rule, 'en')}"`;
    case 'below-min-score':
      return pl
        ? `${pairOf(finding)} ma wynik ${finding.score.toFixed(2)}, poniżej minimum ${finding.minScore.toFixed(2)}`
        : `${pairOf(finding)} scores ${finding.score.toFixed(2)}, below the minimum of ${finding.minScore.toFixed(2)}`;
    case 'duplicate-pair':
      return pl
        ? `${pairOf(finding)} powtarza parę ${finding.first + 1}`
        : `${pairOf(finding)} repeats pair ${finding.first + 1}`;
    case 'over-capacity': {
      const pairs = finding.pairs.map((k) => k + 1).join(', ');
      // "mentor" and "mentee" are the same words in both languages.
      const { side } = finding;
      return pl
        ? `${side} ${q(finding.id)} jest w ${finding.count} parach przy limicie ${finding.capacity} (pary ${pairs})`
        : `${side} ${q(finding.id)} is in ${finding.count} pairs with a capacity of ${finding.capacity} (pairs ${pairs})`;
    }
    case 'missing-pin':
      return pl
        ? `brak przypiętej pary ${q(finding.mentorId)} → ${q(finding.menteeId)}`
        : `the pinned pair ${q(finding.mentorId)} → ${q(finding.menteeId)} is missing`;
    default:
      return absurd(finding);
  }
}
