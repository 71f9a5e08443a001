import type { Cohort } from '../../domain/index';
import { pluralPl } from '../../scoring/pluralPl';
import type { Wave } from '../../workflow/index';
import { formatTable } from '../output/formatTable';
import type { Locale } from '../summary/locale';
import { formatScore, personNames } from './internal/reportText';
import { renderWaitingList } from './renderWaitingList';

/**
 * A wave for the programme manager: the classes in the order they were served (the longest wait
 * first) with how many got a mentor, the new pairs, the running pairs ended because a person left,
 * and the waiting list.
 *
 * @param wave - from `matchWave`
 * @param cohort - to name people
 * @param locale - the language
 * @param width - the terminal width the tables are cut to, if any
 * @returns the text, ending in a newline
 * @category CLI
 */
export function renderWave(wave: Wave, cohort: Cohort, locale: Locale, width?: number): string {
  const pl = locale === 'pl';
  const name = personNames(cohort);
  const options = width === undefined ? {} : { maxWidth: width };
  const running = wave.matching.pairs.length - wave.added.length;
  const parts: string[] = [
    pl
      ? `Fala: ${wave.added.length} ${pluralPl(wave.added.length, { one: 'nowa para', few: 'nowe pary', many: 'nowych par' })}, ${running} ${pluralPl(running, { one: 'trwająca', few: 'trwające', many: 'trwających' })} bez zmian.\n`
      : `Wave: ${wave.added.length} new ${wave.added.length === 1 ? 'pair' : 'pairs'}, ${running} running ${running === 1 ? 'pair' : 'pairs'} untouched.\n`,
  ];
  if (wave.classes.length > 0) {
    parts.push(
      pl
        ? '\nKolejność (najdłużej czekający najpierw):\n'
        : '\nServed in this order (the longest wait first):\n',
    );
    parts.push(
      formatTable(
        {
          columns: [
            { header: pl ? 'czeka od' : 'waiting since' },
            { header: pl ? 'podopieczni' : 'mentees', align: 'right' },
            { header: pl ? 'nowe pary' : 'new pairs', align: 'right' },
          ],
          rows: wave.classes.map((c) => [
            c.waitingSince ?? (pl ? 'bez daty' : 'no date'),
            String(c.mentees),
            String(c.pairs),
          ]),
        },
        options,
      ),
    );
  }
  const added = new Set(wave.added.map((p) => `${p.mentorId}\u0000${p.menteeId}`));
  const rows = wave.matching.pairs.filter((p) => added.has(`${p.mentorId}\u0000${p.menteeId}`));
  if (rows.length > 0) {
    parts.push(pl ? '\nNowe pary:\n' : '\nNew pairs:\n');
    parts.push(
      formatTable(
        {
          columns: [
            { header: pl ? 'podopieczny' : 'mentee' },
            { header: 'mentor' },
            { header: pl ? 'wynik' : 'score', align: 'right' },
          ],
          rows: rows.map((p) => [
            name.mentee(p.menteeId),
            name.mentor(p.mentorId),
            formatScore(p.score, locale),
          ]),
        },
        options,
      ),
    );
  }
  for (const p of wave.ended)
    parts.push(
      pl
        ? `- ${p.mentorId} – ${p.menteeId}: zakończona, ktoś z pary nie jest już w programie\n`
        : `- ${p.mentorId} – ${p.menteeId}: ended, one of the two left the programme\n`,
    );
  parts.push('\n', renderWaitingList(wave.waitingList, cohort, locale, width));
  return parts.join('');
}
