import type { PairReport } from '../ProgrammeReport';

/** A pair's report with every rating of its held sessions, by side, for the roll-ups. @internal */
export interface Assessed {
  readonly report: PairReport;
  readonly ratings: { readonly mentor: ReadonlyArray<number>; readonly mentee: ReadonlyArray<number> };
}

/** Every rating of a pair's held sessions, both sides. @internal */
export function allRatings(pair: Assessed): number[] {
  return [...pair.ratings.mentor, ...pair.ratings.mentee];
}
