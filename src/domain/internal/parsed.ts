import type * as z from 'zod';
import type { IssuePath } from '../Issue';
import type { PersonId } from '../ids';
import type { Mentee, Mentor } from '../participant';
import type { Programme } from '../programme';
import type { skillInputSchema } from '../skill';

/** An item that passed its shape check, with where it stood in the input. @internal */
export interface Located<T> {
  readonly value: T;
  readonly path: IssuePath;
}

/**
 * What the shape check of a cohort let through, piece by piece, so that the cross-reference
 * checks still run on the valid parts when other parts are broken.
 *
 * @internal
 */
export interface ParsedPieces {
  readonly programme: Programme | undefined;
  readonly catalog: ReadonlyArray<Located<z.output<typeof skillInputSchema>>>;
  readonly managers: ReadonlyMap<PersonId, PersonId>;
  readonly mentors: ReadonlyArray<Located<Mentor>>;
  readonly mentees: ReadonlyArray<Located<Mentee>>;
  /** Ids of every mentor in the input, valid or not: a pair naming a broken record is not "unknown". */
  readonly rawMentorIds: ReadonlySet<string>;
  /** Ids of every mentee in the input, valid or not. */
  readonly rawMenteeIds: ReadonlySet<string>;
  /** Ids of every catalogue entry in the input, valid or not. */
  readonly rawCatalogIds: ReadonlySet<string>;
}
