import type { Cohort } from '../../domain/index';
import { type DecisionRound, DECISION_STATUSES } from '../../workflow/index';
import { explainChangeUnchecked } from '../../workflow/explainChangeUnchecked';
import { decisionStatusLabelUnchecked } from '../../workflow/decisionStatusUnchecked';
import { formatTable } from '../output/formatTable';
import type { Locale } from '../summary/locale';
import { formatScore, personNames } from './internal/reportText';
import { renderWaitingList } from './renderWaitingList';

/**
 * A decision round for the programme manager: what changed (each removed pair with why, each new
 * proposal), how many undecided pairs were kept and changed, the new proposal with each pair's
 * status, and the waiting list.
 *
 * @param round - from `applyDecisions`
 * @param cohort - to name people
 * @param locale - the language
 * @param width - the terminal width the tables are cut to, if any
 * @returns the text, ending in a newline
 * @category CLI
 */
export function renderDecisionRound(
  round: DecisionRound,
  cohort: Cohort,
  locale: Locale,
  width?: number,
): string {
  const pl = locale === 'pl';
  const name = personNames(cohort);
  const options = width === undefined ? {} : { maxWidth: width };
  const { before, kept, changed } = round.undecided;
  const parts: string[] = [];
  parts.push(
    pl
      ? `Zmiany: ${round.changes.length}. Pary bez decyzji: ${before}, zachowane ${kept}, zmienione ${changed} (najmniej, ile się da).\n`
      : `Changes: ${round.changes.length}. Undecided pairs: ${before}, kept ${kept}, changed ${changed} (the fewest possible).\n`,
  );
  for (const change of round.changes) parts.push(`- ${explainChangeUnchecked(change, { locale, cohort })}\n`);
  const counts = DECISION_STATUSES.map((s) => {
    const n = round.statuses.filter((p) => p.status === s).length;
    return `${decisionStatusLabelUnchecked(s, locale)} ${n}`;
  }).join(', ');
  parts.push(pl ? `\nNowa propozycja (${counts}):\n` : `\nNew proposal (${counts}):\n`);
  const status = new Map(round.statuses.map((s) => [`${s.mentorId}\u0000${s.menteeId}`, s.status]));
  parts.push(
    formatTable(
      {
        columns: [
          { header: pl ? 'podopieczny' : 'mentee' },
          { header: 'mentor' },
          { header: pl ? 'wynik' : 'score', align: 'right' },
          { header: pl ? 'status' : 'status' },
        ],
        rows: round.matching.pairs.map((p) => [
          name.mentee(p.menteeId),
          name.mentor(p.mentorId),
          formatScore(p.score, locale),
          decisionStatusLabelUnchecked(status.get(`${p.mentorId}\u0000${p.menteeId}`) ?? 'proposed', locale),
        ]),
      },
      options,
    ),
  );
  parts.push('\n', renderWaitingList(round.waitingList, cohort, locale, width));
  return parts.join('');
}
