import type { Cohort } from '../../domain/index';
import { explainUnmatchedUnchecked } from '../../matching/explainUnmatchedUnchecked';
import type { WaitingList } from '../../workflow/index';
import { formatTable } from '../output/formatTable';
import type { Locale } from '../summary/locale';
import { personNames } from './internal/reportText';

/**
 * A waiting list as two tables — the mentees in line (position, since when, why) and the mentors
 * with places left — or one sentence when nobody waits.
 *
 * @param list - from `waitingListOf` (or a round's or a wave's `waitingList`)
 * @param cohort - to name people
 * @param locale - the language
 * @param width - the terminal width the tables are cut to, if any
 * @returns the text, ending in a newline
 * @category CLI
 */
export function renderWaitingList(list: WaitingList, cohort: Cohort, locale: Locale, width?: number): string {
  const pl = locale === 'pl';
  const name = personNames(cohort);
  const options = width === undefined ? {} : { maxWidth: width };
  const parts: string[] = [];
  if (list.mentees.length === 0) parts.push(pl ? 'Nikt nie czeka na mentora.\n' : 'No mentee is waiting.\n');
  else {
    parts.push(
      pl ? `Lista oczekujących (${list.mentees.length}):\n` : `Waiting list (${list.mentees.length}):\n`,
    );
    parts.push(
      formatTable(
        {
          columns: [
            { header: '#', align: 'right' },
            { header: pl ? 'podopieczny' : 'mentee' },
            { header: pl ? 'czeka od' : 'waiting since' },
            { header: pl ? 'ma / chce' : 'got / wanted' },
            { header: pl ? 'dlaczego' : 'why', shrink: true },
          ],
          rows: list.mentees.map((w) => [
            String(w.position),
            name.mentee(w.menteeId),
            w.waitingSince ?? '—',
            `${w.got} / ${w.wanted}`,
            explainUnmatchedUnchecked(w, { locale, cohort }),
          ]),
        },
        options,
      ),
    );
  }
  if (list.mentors.length > 0) {
    parts.push(
      pl
        ? `\nMentorzy z wolnymi miejscami (${list.mentors.length}):\n`
        : `\nMentors with places left (${list.mentors.length}):\n`,
    );
    parts.push(
      formatTable(
        {
          columns: [
            { header: '#', align: 'right' },
            { header: 'mentor' },
            { header: pl ? 'czeka od' : 'waiting since' },
            { header: pl ? 'miejsca' : 'places', align: 'right' },
          ],
          rows: list.mentors.map((m) => [
            String(m.position),
            name.mentor(m.mentorId),
            m.waitingSince ?? '—',
            String(m.places),
          ]),
        },
        options,
      ),
    );
  }
  return parts.join('');
}
