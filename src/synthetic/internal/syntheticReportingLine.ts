import type { Random } from '../createRandom';

/** What the reporting line needs to know of a participant. @internal */
export interface Placed {
  readonly id: string;
  readonly department: string;
  readonly grade: number;
}

/** The reporting line of a synthetic cohort. @internal */
export interface SyntheticReportingLine {
  /** Participant id → manager id (a department head outside the cohort, or a mentee). */
  readonly managerOf: ReadonlyMap<string, string>;
  /** The org chart above the cohort: each department head → `ceo`. */
  readonly managers: Readonly<Record<string, string>>;
}

/**
 * Draws a reporting line: each department has a head outside the cohort who reports to `ceo`;
 * about a third of the mentees report to a more senior mentee of their department, the others to
 * the head; a fifth of the mentors report to a mentee of their department (so the reporting-line
 * rule has pairs to block), the others to the head. A mentee only ever reports to somebody of a
 * strictly higher grade, so the line has no cycle.
 *
 * @internal
 */
export function syntheticReportingLine(
  random: Random,
  departments: ReadonlyArray<string>,
  mentors: ReadonlyArray<Placed>,
  mentees: ReadonlyArray<Placed>,
): SyntheticReportingLine {
  const width = Math.max(2, String(departments.length).length);
  const heads = new Map(departments.map((d, i) => [d, `h${String(i + 1).padStart(width, '0')}`]));
  const managers: Record<string, string> = {};
  for (const head of heads.values()) managers[head] = 'ceo';

  const byDepartment = new Map<string, Placed[]>();
  for (const mentee of mentees) {
    const group = byDepartment.get(mentee.department);
    if (group === undefined) byDepartment.set(mentee.department, [mentee]);
    else group.push(mentee);
  }

  const managerOf = new Map<string, string>();
  for (const [department, group] of byDepartment) {
    const head = heads.get(department) ?? 'ceo';
    // Most senior first, ties by id: everybody before the first of a grade outranks that grade.
    const ranked = [...group].sort((a, b) => b.grade - a.grade || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let seniors = 0; // members of `ranked` with a higher grade than the current one
    ranked.forEach((mentee, index) => {
      const previous = ranked[index - 1];
      if (previous !== undefined && previous.grade > mentee.grade) seniors = index;
      const boss = seniors > 0 && random.next() < 0.35 ? ranked[random.int(0, seniors - 1)] : undefined;
      managerOf.set(mentee.id, boss?.id ?? head);
    });
  }
  for (const mentor of mentors) {
    const head = heads.get(mentor.department) ?? 'ceo';
    const group = byDepartment.get(mentor.department);
    const boss = group !== undefined && random.next() < 0.2 ? random.pick(group) : undefined;
    managerOf.set(mentor.id, boss?.id ?? head);
  }
  return { managerOf, managers };
}
