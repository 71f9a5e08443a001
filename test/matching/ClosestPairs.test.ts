import { describe, expect, it } from 'vitest';
import { ClosestPairs } from '../../src/matching/internal/ClosestPairs';

describe('the closest pairs of a dual check', () => {
  it('keeps the pairs of least slack (then by row, then column) and hands over every other one', () => {
    const closest = new ClosestPairs(3);
    const slacks = [0.02, -0.5, 0.01, -0.5, 0.3, -0.1, 0.01, 0.2, -0.5, 0];
    slacks.forEach((slack, i) => closest.push(slack, i % 4, i, i / 10, i % 2 === 0));
    expect(closest.full).toBe(true); // 10 pairs, twice the cap is 6
    const dropped: Array<readonly [number, number, number, boolean]> = [];
    closest.fit((r, c, s, fromReserve) => dropped.push([r, c, s, fromReserve]));
    // Slack −0.5 three times: pairs 1 (row 1), 3 (row 3) and 8 (row 0).
    expect(closest.pairs()).toEqual([
      [0, 8, 0.8],
      [1, 1, 0.1],
      [3, 3, 0.3],
    ]);
    expect(dropped.map(([, c]) => c).sort((a, b) => a - b)).toEqual([0, 2, 4, 5, 6, 7, 9]);
    expect(dropped.find(([, c]) => c === 4)).toEqual([0, 4, 0.4, true]);
    closest.push(-1, 2, 11, 1.1, false);
    closest.fit(() => undefined);
    expect(closest.pairs().map(([, c]) => c)).toEqual([8, 1, 11]);
  });

  it('grows past twice its cap when one row adds more, and fits back', () => {
    const closest = new ClosestPairs(2);
    for (let c = 0; c < 50; c++) closest.push(50 - c, 0, c, c, false);
    let drops = 0;
    closest.fit(() => drops++);
    expect(drops).toBe(48);
    expect(closest.pairs()).toEqual([
      [0, 48, 48],
      [0, 49, 49],
    ]);
  });
});
