import type { Area } from '../areas';
import type { CohortIssue } from '../cohortIssue';
import type { AreaId, SkillId } from '../ids';
import type { Skill } from '../skill';
import type { ParsedPieces } from './parsed';

/**
 * Duplicate catalogue entries, and skill ids in skills, goals and focus that the catalogue
 * (default + the cohort's) does not have; duplicate goals on one skill.
 *
 * @internal
 */
export function checkSkills(
  pieces: ParsedPieces,
  catalog: ReadonlyMap<SkillId, Skill>,
  areas: ReadonlyMap<AreaId, Area>,
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
          message: `unknown skill "${skill}": add it to "catalog"`,
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
          message: `unknown skill "${goal.skill}": add it to "catalog"`,
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
      issues.push({
        code: 'unknown-skill',
        message: `focus "${key}" is neither a skill nor an area of the catalogue`,
        path: ['programme', 'focus', key],
      });
    }
  }
}
