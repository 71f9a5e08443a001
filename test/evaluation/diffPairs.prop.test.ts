import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MenteeId, MentorId } from '../../src/domain/index';
import { diffPairs } from '../../src/evaluation/internal/diffPairs';

const pair = fc.record({
  mentorId: fc.constantFrom('m-a', 'm-b', 'm-c', 'm-d').map((id) => id as MentorId),
  menteeId: fc.constantFrom('e-a', 'e-b', 'e-c').map((id) => id as MenteeId),
});
const distinct = (pairs: ReadonlyArray<{ mentorId: string; menteeId: string }>): number =>
  new Set(pairs.map((p) => `${p.mentorId} ${p.menteeId}`)).size;

describe('diffPairs', () => {
  it('accounts for every pair before (kept, moved, lost) and after (kept, moved, new)', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), fc.array(pair, { maxLength: 8 }), (before, after) => {
        const d = diffPairs(before, after);
        expect(d.kept.length + d.moved.length + d.lost.length).toBe(distinct(before));
        expect(d.kept.length + d.moved.length + d.new.length).toBe(distinct(after));
      }),
    );
  });

  it('is the mirror image when before and after swap, and empty against itself', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), fc.array(pair, { maxLength: 8 }), (before, after) => {
        const there = diffPairs(before, after);
        const back = diffPairs(after, before);
        expect(back.kept).toEqual(there.kept);
        expect(back.lost).toEqual(there.new);
        expect(back.new).toEqual(there.lost);
        expect(back.changedPeople).toBe(there.changedPeople);
        const same = diffPairs(before, [...before].reverse());
        expect([same.moved, same.new, same.lost, same.changedPeople]).toEqual([[], [], [], 0]);
      }),
    );
  });
});
