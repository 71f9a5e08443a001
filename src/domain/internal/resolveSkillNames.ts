import type { CohortIssue } from '../cohortIssue';
import type { SkillId } from '../ids';
import type { Participant } from '../participant';
import type { Located, ParsedPieces } from './parsed';
import type { SkillNames } from './skillNames';

/**
 * The pieces with skills, goals and focus written as labels (`TikTok ads`, `Reklamy na TikToku`)
 * or loosely spelt ids (`tiktok_ads`) turned into the catalogue's ids, as `catalog` prints them.
 * A name that is an id of the catalogue is kept as is; one that names nothing is left for the
 * checks to report. Two names of one skill in a person's skills are an issue.
 *
 * @internal
 */
export function resolveSkillNames(
  pieces: ParsedPieces,
  known: (id: string) => boolean,
  names: SkillNames,
  issues: CohortIssue[],
): ParsedPieces {
  const resolve = (text: string): string => (known(text) ? text : (names.skill(text) ?? text));
  const person = <P extends Participant>({ value, path }: Located<P>): Located<P> => {
    const skills = new Map<SkillId, typeof value.skills extends ReadonlyMap<SkillId, infer L> ? L : never>();
    for (const [name, level] of value.skills) {
      const id = resolve(name) as SkillId;
      if (skills.has(id) && id !== name) {
        issues.push({
          code: 'duplicate-id',
          message: `"${name}" is the skill "${id}", which is listed already`,
          path: [...path, 'skills', name],
        });
      }
      skills.set(id, level);
    }
    const goals = value.goals.map((goal) => ({ ...goal, skill: resolve(goal.skill) as SkillId }));
    return { value: { ...value, skills, goals }, path };
  };
  const focus = pieces.programme?.focus;
  const programme =
    pieces.programme === undefined || focus === undefined
      ? pieces.programme
      : {
          ...pieces.programme,
          focus: new Map(
            [...focus].map(([key, weight]): [string, number] => [
              known(key) || names.area(key) === key ? key : (names.skill(key) ?? names.area(key) ?? key),
              weight,
            ]),
          ),
        };
  return {
    ...pieces,
    programme,
    mentors: pieces.mentors.map(person),
    mentees: pieces.mentees.map(person),
  };
}
