import { closestName } from '../closestName';
import type { CohortIssue } from '../cohortIssue';
import type { IssuePath } from '../Issue';
import type { Located, ParsedPieces } from './parsed';

type Side = 'mentor' | 'mentee';

/**
 * The participants' own choices, checked against the cohort: every id of `preferences` and
 * `vetoes` names a person of the other side (an id of nobody is `unknown-person`, with "did you
 * mean" when it is a near miss; an id of one's own side is `wrong-side`), no id is listed twice
 * in one list (`duplicate-choice`), nobody ranks more than the programme's `maxPreferences`
 * (`too-many-preferences`), nobody both prefers and vetoes one person (`preferred-and-vetoed`),
 * and no pinned pair is vetoed by either side (`pinned-pair-vetoed`). The ids of broken records
 * count as known, as they do for the pair lists.
 *
 * @internal
 */
export function checkChoices(pieces: ParsedPieces, issues: CohortIssue[]): void {
  const mentorIds = [...pieces.rawMentorIds];
  const menteeIds = [...pieces.rawMenteeIds];
  const max = pieces.programme?.rules.maxPreferences;
  const check = (people: ReadonlyArray<Located<ChoiceOwner>>, side: Side): void => {
    const [others, own] =
      side === 'mentor' ? [menteeIds, pieces.rawMentorIds] : [mentorIds, pieces.rawMenteeIds];
    const known = side === 'mentor' ? pieces.rawMenteeIds : pieces.rawMentorIds;
    const other: Side = side === 'mentor' ? 'mentee' : 'mentor';
    for (const { value, path } of people) {
      for (const list of ['preferences', 'vetoes'] as const) {
        const seen = new Map<string, number>();
        value[list].forEach((id, index) => {
          const at: IssuePath = [...path, list, index];
          const first = seen.get(id);
          if (first !== undefined) {
            issues.push({
              code: 'duplicate-choice',
              message: `"${id}" is already listed in ${list}[${first}]`,
              path: at,
            });
            return;
          }
          seen.set(id, index);
          if (known.has(id)) return;
          if (own.has(id)) {
            issues.push({
              code: 'wrong-side',
              message:
                id === value.id
                  ? `"${id}" is this ${side} themself: a ${side}'s ${list} name ${other}s`
                  : `"${id}" is a ${side}: a ${side}'s ${list} name ${other}s`,
              path: at,
            });
            return;
          }
          const suggestion = closestName(id, others);
          issues.push({
            code: 'unknown-person',
            message: `"${id}" is not a ${other}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
            path: at,
          });
        });
      }
      if (max !== undefined && value.preferences.length > max) {
        issues.push({
          code: 'too-many-preferences',
          message: `${value.preferences.length} preferences, but the programme lets a person rank at most ${max} (programme.rules.maxPreferences)`,
          path: [...path, 'preferences', max],
        });
      }
      const vetoed = new Set<string>(value.vetoes);
      value.preferences.forEach((id, index) => {
        if (!vetoed.has(id)) return;
        issues.push({
          code: 'preferred-and-vetoed',
          message: `"${id}" is both preferred and vetoed by "${value.id}"`,
          path: [...path, 'preferences', index],
        });
      });
    }
  };
  check(pieces.mentors, 'mentor');
  check(pieces.mentees, 'mentee');
  checkVetoedPins(pieces, issues);
}

/** The fields of a mentor or a mentee this check reads. */
interface ChoiceOwner {
  readonly id: string;
  readonly preferences: ReadonlyArray<string>;
  readonly vetoes: ReadonlyArray<string>;
}

/** A pinned pair that one of the two vetoes: the programme forces what a participant refused. */
function checkVetoedPins(pieces: ParsedPieces, issues: CohortIssue[]): void {
  const rules = pieces.programme?.rules;
  if (rules === undefined) return;
  const vetoesOf = (people: ReadonlyArray<Located<ChoiceOwner>>) =>
    new Map(people.map(({ value }) => [value.id, new Set<string>(value.vetoes)]));
  const ofMentor = vetoesOf(pieces.mentors);
  const ofMentee = vetoesOf(pieces.mentees);
  rules.pinnedPairs.forEach(([mentor, mentee], index) => {
    const by = [
      ...(ofMentor.get(mentor)?.has(mentee) === true ? [`mentor "${mentor}"`] : []),
      ...(ofMentee.get(mentee)?.has(mentor) === true ? [`mentee "${mentee}"`] : []),
    ];
    if (by.length === 0) return;
    issues.push({
      code: 'pinned-pair-vetoed',
      message: `[${mentor}, ${mentee}] is pinned, but ${by.join(' and ')} vetoed the pair`,
      path: ['programme', 'rules', 'pinnedPairs', index],
    });
  });
}
