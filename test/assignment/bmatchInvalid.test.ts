import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BipartiteGraph, solveBMatching } from '../../src/assignment';

const valid = (): BipartiteGraph => ({
  rows: 2,
  cols: 2,
  start: Int32Array.of(0, 2, 3),
  col: Int32Array.of(0, 1, 1),
  weight: Float64Array.of(0.9, 0.5, 0.7),
  rowCapacity: Int32Array.of(2, 1),
  colCapacity: Int32Array.of(1, 1),
});

/** The first issue of a call made as plain JavaScript would make it. */
const firstIssue = (graph: unknown, options?: unknown) => {
  const result = solveBMatching(graph as BipartiteGraph, options as never);
  return E.isLeft(result) ? result.left[0] : undefined;
};

describe('solveBMatching on bad input', () => {
  it('accepts the valid graph these cases break', () => {
    expect(E.isRight(solveBMatching(valid()))).toBe(true);
  });

  it.each([
    ['a graph that is not an object', null, []],
    ['a negative row count', { ...valid(), rows: -1 }, ['rows']],
    ['start of the wrong length', { ...valid(), start: Int32Array.of(0, 3) }, ['start']],
    ['weight of the wrong length', { ...valid(), weight: Float64Array.of(1, 2) }, ['weight']],
    [
      'offsets that decrease',
      { ...valid(), rows: 3, start: Int32Array.of(0, 2, 1, 3), rowCapacity: Int32Array.of(2, 1, 1) },
      ['start', 2],
    ],
    ['a last offset that is not the edge count', { ...valid(), start: Int32Array.of(0, 2, 2) }, ['start', 2]],
    ['columns that do not increase within a row', { ...valid(), col: Int32Array.of(1, 1, 1) }, ['col', 1]],
    ['a column out of range', { ...valid(), col: Int32Array.of(0, 2, 1) }, ['col', 1]],
    ['a negative column', { ...valid(), col: Int32Array.of(-1, 1, 1) }, ['col', 0]],
    ['a NaN weight', { ...valid(), weight: Float64Array.of(0.9, NaN, 0.7) }, ['weight', 1]],
    ['an infinite weight', { ...valid(), weight: Float64Array.of(0.9, 0.5, Infinity) }, ['weight', 2]],
    ['a negative capacity', { ...valid(), rowCapacity: Int32Array.of(2, -1) }, ['rowCapacity', 1]],
    [
      'a fractional capacity from plain JavaScript',
      { ...valid(), colCapacity: [1, 1.5] },
      ['colCapacity', 1],
    ],
    ['capacities of the wrong length', { ...valid(), colCapacity: Int32Array.of(1) }, ['colCapacity']],
  ])('rejects %s as an invalid graph at its path', (_name, graph, path) => {
    expect(firstIssue(graph)).toMatchObject({ code: 'invalid-graph', path });
  });

  it.each([
    ['an unknown objective', { objective: 'best' }, ['options', 'objective']],
    ['a signal without a boolean aborted', { signal: {} }, ['options', 'signal']],
    ['an onProgress that is not a function', { onProgress: 3 }, ['options', 'onProgress']],
    ['options that are not an object', 'fast', ['options']],
  ])('rejects %s as an invalid option at its path', (_name, options, path) => {
    expect(firstIssue(valid(), options)).toMatchObject({ code: 'invalid-option', path });
  });

  it('lists every bad option at once, never throwing', () => {
    const result = solveBMatching(valid(), { objective: 'best', onProgress: 3 } as never);
    expect(E.isLeft(result) && result.left.map((issue) => issue.path[1])).toEqual([
      'objective',
      'onProgress',
    ]);
  });

  it('accepts plain arrays from JavaScript and gives the same result as typed arrays', () => {
    const g = valid();
    const plain = {
      ...g,
      start: Array.from(g.start),
      col: Array.from(g.col),
      weight: Array.from(g.weight),
      rowCapacity: Array.from(g.rowCapacity),
      colCapacity: Array.from(g.colCapacity),
    };
    expect(solveBMatching(plain as unknown as BipartiteGraph)).toEqual(solveBMatching(g));
  });
});
