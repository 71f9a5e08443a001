import type { Cohort } from '../../domain/index';
import type { ComparedFigure, SettingsComparison } from '../../evaluation/index';
import type { Locale } from '../../scoring/index';
import { escapeHtml } from './escapeHtml';
import { formatNumber, formatShare } from './formatNumber';

const WORDS = {
  en: {
    title: 'What if: the other setting',
    intro: (changed: string, kept: number, moved: number, fresh: number, lost: number) =>
      `Under the other setting ${changed} of the people get a different partner: ${kept} pairs kept, ${moved} mentees moved to another mentor, ${fresh} new pairs, ${lost} pairs lost.`,
    figure: 'figure',
    before: 'now',
    after: 'other setting',
    change: 'change',
    movedTitle: 'Mentees who would get another mentor',
    mentee: 'mentee',
    from: 'mentor now',
    to: 'mentor then',
    noneMoved: 'Nobody would get another mentor.',
    figures: {
      totalScore: 'total score',
      meanScore: 'mean score',
      minScore: 'lowest pair score',
      p10Score: '10th percentile score',
      gini: 'Gini of the scores',
      matched: 'pairs',
      matchedShare: 'mentees matched',
      goalCoverage: 'goal coverage',
      meanMenteeRank: 'mean mentee rank of their mentor',
      meanMentorRank: 'mean mentor rank of their mentee',
      blockingPairs: 'blocking pairs',
      crossDepartmentShare: 'pairs across departments',
      meanGenerationGap: 'mean generation gap',
      meanGradeGap: 'mean grade gap',
      ruleViolations: 'rule violations',
    },
  },
  pl: {
    title: 'Co jeśli: inne ustawienia',
    intro: (changed: string, kept: number, moved: number, fresh: number, lost: number) =>
      `Przy innych ustawieniach ${changed} osób dostaje innego partnera: par zachowanych ${kept}, podopiecznych u innego mentora ${moved}, nowych par ${fresh}, utraconych par ${lost}.`,
    figure: 'miara',
    before: 'teraz',
    after: 'inne ustawienia',
    change: 'zmiana',
    movedTitle: 'Podopieczni, którzy dostaliby innego mentora',
    mentee: 'podopieczny',
    from: 'mentor teraz',
    to: 'mentor wtedy',
    noneMoved: 'Nikt nie dostałby innego mentora.',
    figures: {
      totalScore: 'suma wyników',
      meanScore: 'średni wynik',
      minScore: 'najniższy wynik pary',
      p10Score: '10. percentyl wyników',
      gini: 'współczynnik Giniego',
      matched: 'pary',
      matchedShare: 'dobrani podopieczni',
      goalCoverage: 'pokrycie celów',
      meanMenteeRank: 'średnia pozycja mentora u podopiecznego',
      meanMentorRank: 'średnia pozycja podopiecznego u mentora',
      blockingPairs: 'pary blokujące',
      crossDepartmentShare: 'pary między działami',
      meanGenerationGap: 'średnia różnica pokoleń',
      meanGradeGap: 'średnia różnica stopni',
      ruleViolations: 'naruszenia reguł',
    },
  },
} as const satisfies Record<
  Locale,
  { readonly title: string; readonly figures: Readonly<Record<ComparedFigure, string>> } & Record<
    string,
    unknown
  >
>;

const SHARES: ReadonlySet<ComparedFigure> = new Set(['matchedShare', 'goalCoverage', 'crossDepartmentShare']);
const COUNTS: ReadonlySet<ComparedFigure> = new Set(['matched', 'blockingPairs', 'ruleViolations']);

/**
 * "What if": two programme settings on the same people (`compareSettings`) as a before/after
 * view — the share of people whose partner changes and the pairs kept, moved, new and lost; every
 * quality figure now, under the other setting, and the change; and each mentee who would get
 * another mentor.
 *
 * @internal
 */
export function whatIfSection(cohort: Cohort, whatIf: SettingsComparison, locale: Locale): string {
  const w = WORDS[locale];
  const name = (id: string, side: 'mentor' | 'mentee'): string =>
    (side === 'mentor'
      ? cohort.mentorById.get(id as never)?.name
      : cohort.menteeById.get(id as never)?.name) ?? id;
  const value = (figure: ComparedFigure, n: number): string =>
    SHARES.has(figure) ? formatShare(n, locale) : COUNTS.has(figure) ? String(n) : formatNumber(n, 2, locale);
  const signed = (figure: ComparedFigure, n: number): string => {
    const text = SHARES.has(figure)
      ? `${formatNumber(n * 100, 1, locale)} pp`
      : COUNTS.has(figure)
        ? String(n)
        : formatNumber(n, 2, locale);
    return n > 0 ? `+${text}` : text;
  };
  const rows = whatIf.figures
    .map(
      (f) =>
        `<tr data-figure="${f.figure}"><th scope="row">${escapeHtml(w.figures[f.figure])}</th><td class="num">${escapeHtml(value(f.figure, f.before))}</td><td class="num">${escapeHtml(value(f.figure, f.after))}</td><td class="num">${escapeHtml(signed(f.figure, f.change))}</td></tr>`,
    )
    .join('');
  const moved =
    whatIf.moved.length === 0
      ? `<p class="note">${escapeHtml(w.noneMoved)}</p>`
      : `<div class="table-wrap"><table class="moved"><thead><tr><th scope="col">${escapeHtml(w.mentee)}</th><th scope="col">${escapeHtml(w.from)}</th><th scope="col">${escapeHtml(w.to)}</th></tr></thead><tbody>${whatIf.moved
          .map(
            (m) =>
              `<tr data-mentee="${escapeHtml(m.menteeId)}"><td class="person">${escapeHtml(name(m.menteeId, 'mentee'))}</td><td class="person">${escapeHtml(name(m.from, 'mentor'))}</td><td class="person">${escapeHtml(name(m.to, 'mentor'))}</td></tr>`,
          )
          .join('')}</tbody></table></div>`;
  const intro = w.intro(
    formatShare(whatIf.changedShare, locale),
    whatIf.kept.length,
    whatIf.moved.length,
    whatIf.new.length,
    whatIf.lost.length,
  );
  return (
    `<section id="what-if"><h2>${escapeHtml(w.title)}</h2><p>${escapeHtml(intro)}</p>` +
    `<div class="table-wrap"><table class="what-if"><thead><tr><th scope="col">${escapeHtml(w.figure)}</th><th scope="col" class="num">${escapeHtml(w.before)}</th><th scope="col" class="num">${escapeHtml(w.after)}</th><th scope="col" class="num">${escapeHtml(w.change)}</th></tr></thead><tbody>${rows}</tbody></table></div>` +
    `<h3>${escapeHtml(w.movedTitle)}</h3>${moved}</section>`
  );
}
