import { solveBMatching } from '../../assignment/index';
import type { IndexedPair } from './readPairs';

/**
 * The undecided pairs to keep: as many as the places left allow (a maximum b-matching of the
 * undecided pairs within `mentorPlaces` and `menteePlaces`), and among the ways to keep that many,
 * the largest total score, ties broken by mentee and mentor index (the solver's own rule). Every
 * pair left out is one that the places taken by accepted pairs force out: no matching that keeps
 * the accepted pairs keeps more undecided ones.
 *
 * @param pairs - the undecided pairs, each feasible, with their scores
 * @returns the indices into `pairs` to keep, ascending; `undefined` when the solver refused (a bug)
 * @internal
 */
export function keepMostUndecided(
  pairs: ReadonlyArray<IndexedPair & { readonly score: number }>,
  mentees: number,
  mentors: number,
  menteePlaces: Int32Array,
  mentorPlaces: Int32Array,
): number[] | undefined {
  if (pairs.length === 0) return [];
  const order = pairs
    .map((_, i) => i)
    .sort((a, b) => {
      const p = pairs[a] as IndexedPair;
      const q = pairs[b] as IndexedPair;
      return p.mentee - q.mentee || p.mentor - q.mentor;
    });
  const start = new Int32Array(mentees + 1);
  for (const p of pairs) start[p.mentee + 1] = (start[p.mentee + 1] as number) + 1;
  for (let r = 0; r < mentees; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const col = Int32Array.from(order, (i) => (pairs[i] as IndexedPair).mentor);
  const weight = Float64Array.from(order, (i) => (pairs[i] as { readonly score: number }).score);
  const solved = solveBMatching(
    {
      rows: mentees,
      cols: mentors,
      start,
      col,
      weight,
      rowCapacity: Int32Array.from(menteePlaces, (c) => Math.max(0, c)),
      colCapacity: Int32Array.from(mentorPlaces, (c) => Math.max(0, c)),
    },
    { objective: 'max-matched' },
  );
  if (solved._tag === 'Left') return undefined;
  return Array.from(solved.right.edges, (k) => order[k] as number).sort((a, b) => a - b);
}
