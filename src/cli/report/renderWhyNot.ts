import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort } from '../../domain/index';
import type { Matching, WhyNot } from '../../matching/index';
import { type Audience } from '../../scoring/index';
import { explainUnchecked } from '../../scoring/explainUnchecked';
import { formatTable } from '../output/formatTable';
import { wrapText } from '../output/wrapText';
import type { Locale } from '../summary/locale';
import { REPORT_TEXT, formatScore, personNames } from './internal/reportText';
import { TEXT_WIDTH } from './renderMatching';

/** What {@link renderWhyNot} answers about. @category CLI */
export interface WhyNotQuestion {
  readonly mentorId: string;
  readonly menteeId: string;
  /** The matching the answer is about (for the total before and after). */
  readonly matching: Matching;
  readonly cohort: Cohort;
  /** Who reads the answer (default `'programme'`; a participant never reads a veto). */
  readonly audience?: Audience | undefined;
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
 * @param width - the width the sentences are wrapped to (default 80)
 * @returns the text, ending in a newline
 * @example
 * renderWhyNot(orThrow(whyNot(cohort, matching, mentorId, menteeId)), { mentorId, menteeId, matching, cohort }, 'en');
 * // 'Ola Nowak cannot mentor Ewa Lewandowska: a hard rule blocks the pair.\n- Ewa Lewandowska is 1 level above …\n'
 * @category CLI
 */
export function renderWhyNot(
  answer: WhyNot,
  question: WhyNotQuestion,
  locale: Locale,
  width: number = TEXT_WIDTH,
): string {
  const t = REPORT_TEXT[locale];
  const { cohort, matching } = question;
  const name = personNames(cohort);
  const mentor = name.mentor(question.mentorId);
  const mentee = name.mentee(question.menteeId);
  const score = (s: number): string => formatScore(s, locale);
  // Each sentence wrapped to the width, a reason as a list item with a hanging indent.
  const para = (text: string): string => `${wrapText(text, width).join('\n')}\n`;
  const item = (text: string): string => `${wrapText(text, width, '  ', '- ').join('\n')}\n`;
  switch (answer.kind) {
    case 'paired':
      return para(t.paired(mentor, mentee, score(answer.score)));
    case 'blocked':
      return `${para(t.blocked(mentor, mentee))}${answer.reasons.map((r) => item(explainUnchecked(r, { locale, cohort, audience: question.audience ?? 'programme' }))).join('')}`;
    case 'below-min-score':
      return para(t.belowMinScore(mentor, mentee, score(answer.score), score(answer.minScore)));
    case 'pinned-elsewhere': {
      // The library's message names ids in English; its data says the same in the locale.
      return para(
        answer.pinnedTo === undefined
          ? t.placesPinned(mentor)
          : t.pinnedTo(mentee, name.mentor(answer.pinnedTo)),
      );
    }
    case 'costs': {
      const before = matching.totalScore;
      const lost = answer.lostMatches > 0 ? t.lostMatches(answer.lostMatches) : '';
      const head = para(
        `${t.costs(mentor, mentee, score(answer.score), score(answer.cost), score(before), score(before - answer.cost))}${lost}.`,
      );
      if (answer.changes.length === 0) return head;
      const partner = (id: string | null): string => (id === null ? t.noMentor : name.mentor(id));
      const table = formatTable({
        columns: [{ header: t.mentee }, { header: t.now }, { header: t.ifForced }],
        rows: answer.changes.map((c) => [name.mentee(c.menteeId), partner(c.before), partner(c.after)]),
      });
      return `${head}\n${para(t.changes(answer.changes.length))}\n${table}`;
    }
    default:
      return absurd(answer);
  }
}
