import type { Cohort } from '../../../domain/index';
import { explainUnmatchedUnchecked } from '../../../matching/explainUnmatchedUnchecked';
import { type ProgrammeReport, type Rematch, STATUSES } from '../../../monitoring/index';
import type { TableColumn } from '../../output/Table';
import type { Locale } from '../../summary/locale';
import { PROGRESS_TEXT } from './progressText';
import type { ReadingRow } from './readingTable';
import { REPORT_TEXT, formatScore, personNames } from './reportText';
import { statusReasons } from './statusReasons';

/*
 * The pieces of a progress report, built once and laid out by `renderProgress` for a terminal or
 * a wiki, and by `renderProgressSummary` for the demo.
 */

/** A share as a whole percentage (`96%`), or `—` when there is nothing to count. @internal */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A mean level gained with its sign (`+0.24`, `+0,24`), or `—`. @internal */
export function formatGain(gain: number | null, locale: Locale): string {
  if (gain === null) return '—';
  return `${gain >= 0 ? '+' : ''}${formatScore(gain, locale)}`;
}

/** How many pairs have each status, in the order of `STATUSES`, leaving out the statuses nobody has. @internal */
export function statusCounts(report: ProgrammeReport, locale: Locale): string {
  const { statuses } = report.outcomes;
  const t = PROGRESS_TEXT[locale];
  return STATUSES.filter((s) => statuses[s] > 0)
    .map((s) => t.count[s](statuses[s]))
    .join(', ');
}

/** The heading lines: the date, the pairs by status, the sessions held. @internal */
export function progressHeading(report: ProgrammeReport, locale: Locale): ReadonlyArray<string> {
  const t = PROGRESS_TEXT[locale];
  const { sessions, participation } = report.outcomes;
  return [
    t.heading(report.asOf, report.startDate, report.cadenceDays),
    t.pairs(statusCounts(report, locale)),
    t.sessions(sessions.held, sessions.expected, participation === null ? null : formatShare(participation)),
  ];
}

/** The columns of the pairs: mentee, mentor, status, sessions held/expected, days since the last. @internal */
export function pairColumns(locale: Locale): ReadonlyArray<TableColumn> {
  const r = REPORT_TEXT[locale];
  const t = PROGRESS_TEXT[locale];
  return [
    { header: r.mentee },
    { header: r.mentor },
    { header: t.statusHeader },
    { header: t.sessionsHeader, align: 'right' },
    { header: t.daysHeader, align: 'right' },
  ];
}

/** One row per pair of the report, in its order, the status's reasons as the note. @internal */
export function pairRows(report: ProgrammeReport, cohort: Cohort, locale: Locale): ReadonlyArray<ReadingRow> {
  const name = personNames(cohort);
  const t = PROGRESS_TEXT[locale];
  return report.pairs.map((pair) => ({
    cells: [
      name.mentee(pair.menteeId),
      name.mentor(pair.mentorId),
      t.status[pair.status],
      `${pair.sessions.held}/${pair.sessions.expected}`,
      pair.sessions.daysSinceLastSession === null ? '—' : String(pair.sessions.daysSinceLastSession),
    ],
    note: statusReasons(pair, { locale, cohort }),
  }));
}

/** The columns of the skill areas. @internal */
export function areaColumns(locale: Locale): ReadonlyArray<TableColumn> {
  const t = PROGRESS_TEXT[locale];
  return [
    { header: t.area },
    { header: t.goals, align: 'right' },
    { header: t.gained, align: 'right' },
    { header: t.reached, align: 'right' },
  ];
}

/** One row per skill area with goals: its label, goals, mean level gained, share reached. @internal */
export function areaRows(report: ProgrammeReport, locale: Locale): ReadonlyArray<ReadonlyArray<string>> {
  return report.areas.map((a) => [
    a.label[locale],
    String(a.goals),
    formatGain(a.meanGain, locale),
    formatShare(a.reachedShare),
  ]);
}

/** Kirkpatrick's four levels as label and sentence, "no data" where the journal has none. @internal */
export function kirkpatrickLines(
  report: ProgrammeReport,
  locale: Locale,
): ReadonlyArray<readonly [string, string]> {
  const t = PROGRESS_TEXT[locale];
  const { reaction, learning, behaviour, results } = report.outcomes.kirkpatrick;
  return [
    [
      t.levels.reaction,
      reaction.meanRating === null
        ? t.noReaction
        : t.reaction(
            formatScore(reaction.meanRating, locale),
            reaction.ratings,
            formatShare(reaction.favourableShare),
          ),
    ],
    [
      t.levels.learning,
      t.learning(learning.goals, formatGain(learning.meanGain, locale), formatShare(learning.reachedShare)),
    ],
    [
      t.levels.behaviour,
      behaviour === null
        ? t.noBehaviour
        : t.behaviour(behaviour.applied, behaviour.participants, formatShare(behaviour.share)),
    ],
    [
      t.levels.results,
      results === null
        ? t.noResults
        : t.results(results.retained, results.promoted, results.left, results.participants),
    ],
  ];
}

/** The columns of a rematch: the mentee, the mentor now, the mentor proposed. @internal */
export function rematchColumns(locale: Locale): ReadonlyArray<TableColumn> {
  const r = REPORT_TEXT[locale];
  return [{ header: r.mentee }, { header: r.now }, { header: PROGRESS_TEXT[locale].proposed }];
}

/** One row per change of a rematch; a mentee left without a mentor gets `—` and why as the note. @internal */
export function rematchRows(rematch: Rematch, cohort: Cohort, locale: Locale): ReadonlyArray<ReadingRow> {
  const name = personNames(cohort);
  return rematch.changes.map((change) =>
    'to' in change
      ? { cells: [name.mentee(change.menteeId), name.mentor(change.from), name.mentor(change.to)], note: '' }
      : {
          cells: [name.mentee(change.menteeId), name.mentor(change.from), REPORT_TEXT[locale].noMentor],
          note: explainUnmatchedUnchecked(
            { menteeId: change.menteeId, reason: change.reason },
            { locale, cohort },
          ),
        },
  );
}
