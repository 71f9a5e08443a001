import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort } from '../../domain/index';
import type { Matching, WhyNot } from '../../matching/index';
import { explain } from '../../scoring/index';
import { formatTable } from '../output/formatTable';
import type { Locale } from '../summary/locale';
import { REPORT_TEXT, formatScore, personNames } from './internal/reportText';

/** What {@link renderWhyNot} answers about. @category CLI */
export interface WhyNotQuestion {
  readonly mentorId: string;
  readonly menteeId: string;
  /** The matching the answer is about (for the total before and after). */
  readonly matching: Matching;
  readonly cohort: Cohort;
}

/**
 * The answer of `whyNot` in words: the pair is paired; or the hard rules that block it, one per
 * line; or its score under the threshold; or the pin in the way; or what forcing it would cost —
 * the total before and after, mentees left unmatched — and a table of every mentee whose partner
 * would change (now, and if the pair were forced).
 *
 * @param answer - from `whyNot`
 * @param question - the pair, the matching and the cohort
 * @param locale - the language
 * @returns the text, ending in a newline
 * @example
 * renderWhyNot(orThrow(whyNot(cohort, matching, mentorId, menteeId)), { mentorId, menteeId, matching, cohort }, 'en');
 * // 'Ola Nowak cannot mentor Ewa Lewandowska: a hard rule blocks the pair.\n- Ewa Lewandowska is 1 level above …\n'
 * @category CLI
 */
export function renderWhyNot(answer: WhyNot, question: WhyNotQuestion, locale: Locale): string {
  const t = REPORT_TEXT[locale];
  const { cohort, matching } = question;
  const name = personNames(cohort);
  const mentor = name.mentor(question.mentorId);
  const mentee = name.mentee(question.menteeId);
  const score = (s: number): string => formatScore(s, locale);
  switch (answer.kind) {
    case 'paired':
      return `${t.paired(mentor, mentee, score(answer.score))}\n`;
    case 'blocked':
      return `${t.blocked(mentor, mentee)}\n${answer.reasons.map((r) => `- ${explain(r, { locale, cohort })}\n`).join('')}`;
    case 'below-min-score':
      return `${t.belowMinScore(mentor, mentee, score(answer.score), score(answer.minScore))}\n`;
    case 'pinned-elsewhere': {
      // The library's message names ids in English; its data says the same in the locale.
      return `${answer.pinnedTo === undefined ? t.placesPinned(mentor) : t.pinnedTo(mentee, name.mentor(answer.pinnedTo))}\n`;
    }
    case 'costs': {
      const before = matching.totalScore;
      const lost = answer.lostMatches > 0 ? t.lostMatches(answer.lostMatches) : '';
      const head = `${t.costs(mentor, mentee, score(answer.score), score(answer.cost), score(before), score(before - answer.cost))}${lost}.\n`;
      if (answer.changes.length === 0) return head;
      const partner = (id: string | null): string => (id === null ? t.noMentor : name.mentor(id));
      const table = formatTable({
        columns: [{ header: t.mentee }, { header: t.now }, { header: t.ifForced }],
        rows: answer.changes.map((c) => [name.mentee(c.menteeId), partner(c.before), partner(c.after)]),
      });
      return `${head}\n${t.changes(answer.changes.length)}\n\n${table}`;
    }
    default:
      return absurd(answer);
  }
}
