import type { CohortIssue } from '../cohortIssue';
import type { IssuePath } from '../Issue';
import type { PersonId } from '../ids';
import type { ParsedPieces } from './parsed';

/**
 * Builds the reporting line (person → manager) from `managers` and each participant's
 * `managerId`, reporting disagreements between the two sources and cycles. A manager outside the
 * cohort is normal: the line stops at them, or goes on through `managers`; only `strict` asks that
 * every manager be a participant or listed in `managers`.
 *
 * @internal
 */
export function checkReportingLine(
  pieces: ParsedPieces,
  strict: boolean,
  issues: CohortIssue[],
): ReadonlyMap<PersonId, PersonId> {
  const line = new Map<PersonId, PersonId>(pieces.managers);
  const where = new Map<PersonId, IssuePath>();
  for (const key of pieces.managers.keys()) where.set(key, ['managers', key]);

  const people = new Set<string>([...pieces.rawMentorIds, ...pieces.rawMenteeIds]);
  for (const [employee, manager] of pieces.managers) people.add(employee).add(manager);

  for (const { value, path } of [...pieces.mentors, ...pieces.mentees]) {
    if (value.managerId === undefined) continue;
    const managerPath = [...path, 'managerId'];
    const id = value.id as string as PersonId;
    if (strict && !people.has(value.managerId)) {
      issues.push({
        code: 'unknown-manager',
        message: `manager "${value.managerId}" is neither a participant nor listed in "managers" (the org chart above the cohort, in the programme file)`,
        path: managerPath,
      });
    }
    const listed = pieces.managers.get(id);
    if (listed !== undefined && listed !== value.managerId) {
      issues.push({
        code: 'conflicting-manager',
        message: `managerId "${value.managerId}" disagrees with managers["${id}"] = "${listed}"`,
        path: managerPath,
      });
    }
    line.set(id, value.managerId);
    where.set(id, managerPath);
  }

  // Each chain is walked once: a person already known to reach the top (or a reported cycle)
  // ends the walk, so the check is linear in the number of people.
  const settled = new Set<PersonId>();
  for (const start of line.keys()) {
    const chain: PersonId[] = [];
    const onChain = new Set<PersonId>();
    let person: PersonId | undefined = start;
    while (person !== undefined && !settled.has(person) && !onChain.has(person)) {
      chain.push(person);
      onChain.add(person);
      person = line.get(person);
    }
    if (person !== undefined && onChain.has(person)) {
      const cycle = chain.slice(chain.indexOf(person));
      issues.push({
        code: 'manager-cycle',
        message: `the reporting line goes round in a circle: ${[...cycle, person].join(' → ')}`,
        path: where.get(person) ?? [],
      });
    }
    for (const p of chain) settled.add(p);
  }
  return line;
}
