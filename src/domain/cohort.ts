import type { Area } from './areas';
import type { AreaId, MenteeId, MentorId, PersonId, SkillId } from './ids';
import type { Mentee, Mentor } from './participant';
import type { Programme } from './programme';
import type { Skill } from './skill';

/**
 * A validated cohort: every cross-reference checked, defaults filled in, generations derived from
 * birth years, mentors and mentees listed by id (so that nothing downstream depends on the order
 * of the input lists), and look-ups by id ready.
 *
 * @category Domain
 */
export interface Cohort {
  readonly programme: Programme & { readonly focus: ReadonlyMap<string, number> };
  /** The default catalogue extended and overridden by the cohort's own entries. */
  readonly catalog: ReadonlyMap<SkillId, Skill>;
  /** Every area a skill of the catalogue belongs to. */
  readonly areas: ReadonlyMap<AreaId, Area>;
  /** The reporting line: person → manager, from `managers` and from each participant's `managerId`. */
  readonly managers: ReadonlyMap<PersonId, PersonId>;
  /** The mentors, sorted by id. */
  readonly mentors: ReadonlyArray<Mentor>;
  /** The mentees, sorted by id. */
  readonly mentees: ReadonlyArray<Mentee>;
  readonly mentorById: ReadonlyMap<MentorId, Mentor>;
  readonly menteeById: ReadonlyMap<MenteeId, Mentee>;
}
