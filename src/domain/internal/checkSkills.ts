import type { Area } from '../areas';
import type { CohortIssue } from '../cohortIssue';
import type { AreaId, SkillId } from '../ids';
import type { Skill } from '../skill';
import type { ParsedPieces } from './parsed';
import type { SkillNames } from './skillNames';

/** What to say of a skill the catalogue does not have: the id it probably means, or where a new one goes. */
function unknownSkill(skill: string, names: SkillNames): string {
  const suggestion = names.suggestSkill(skill);
  return suggestion === undefined
    ? `unknown skill "${skill}": add it to "catalog"`
    : `unknown skill "${skill}" (did you mean "${suggestion}"?); a new skill goes in "catalog"`;
}

/**
 * Duplicate catalogue entries, and skill ids in skills, goals and focus that the catalogue
 * (default + the cohort's) does not have, with the id a typo probably means; duplicate goals on
 * one skill.
 *
 * @internal
 */
export function checkSkills(
  pieces: ParsedPieces,
  catalog: ReadonlyMap<SkillId, Skill>,
  areas: ReadonlyMap<AreaId, Area>,
  names: SkillNames,
  issues: CohortIssue[],
): void {
  const catalogued = new Set<string>();
  for (const { value, path } of pieces.catalog) {
    if (catalogued.has(value.id)) {
      issues.push({
        code: 'duplicate-id',
        message: `skill "${value.id}" is in the catalogue twice`,
        path: [...path, 'id'],
      });
    }
    catalogued.add(value.id);
  }
  const known = (id: string) => catalog.has(id as SkillId) || pieces.rawCatalogIds.has(id);
  for (const { value, path } of [...pieces.mentors, ...pieces.mentees]) {
    for (const skill of value.skills.keys()) {
      if (!known(skill)) {
        issues.push({
          code: 'unknown-skill',
          message: unknownSkill(skill, names),
          path: [...path, 'skills', skill],
        });
      }
    }
    const goals = new Set<string>();
    value.goals.forEach((goal, index) => {
      const goalPath = [...path, 'goals', index, 'skill'];
      if (!known(goal.skill)) {
        issues.push({
          code: 'unknown-skill',
          message: unknownSkill(goal.skill, names),
          path: goalPath,
        });
      }
      if (goals.has(goal.skill)) {
        issues.push({
          code: 'duplicate-goal',
          message: `a second goal on skill "${goal.skill}"`,
          path: goalPath,
        });
      }
      goals.add(goal.skill);
    });
  }
  for (const key of pieces.programme?.focus?.keys() ?? []) {
    if (!known(key) && !areas.has(key as AreaId)) {
      const suggestion = names.suggestFocus(key);
      issues.push({
        code: 'unknown-skill',
        message: `focus "${key}" is neither a skill nor an area of the catalogue${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
        path: ['programme', 'focus', key],
      });
    }
  }
}
