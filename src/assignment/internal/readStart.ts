import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { BMatchingIssue } from '../BMatchingIssue';
import type { FlowGraph } from './FlowGraph';
import type { StartPoint } from './warmStart';

/** An array or a typed array of numbers. */
function isNumberList(x: unknown): x is ArrayLike<number> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/**
 * Checks the `start` option of `solveBMatching` against the graph as plain JavaScript may pass
 * it: every issue at once, at `['options', 'start', …]`. A start must be a b-matching of this
 * graph (distinct edge indices, no row or column past its capacity) with a finite price per row
 * and per column.
 *
 * @internal
 */
export function readStart(graph: FlowGraph, start: unknown): E.Either<Issues<BMatchingIssue>, StartPoint> {
  const issue = (message: string, ...path: Array<string | number>): BMatchingIssue => ({
    code: 'invalid-option',
    message,
    path: ['options', 'start', ...path],
  });
  if (typeof start !== 'object' || start === null)
    return E.left([issue('start must be an object { edges, rowDual, colDual }.')]);
  const { edges, rowDual, colDual } = start as Record<string, unknown>;
  const issues: BMatchingIssue[] = [];
  const { rows, cols, col, edgeRow, rowCapacity, colCapacity } = graph;
  const prices = (name: string, list: unknown, size: number, side: string): void => {
    if (!isNumberList(list) || list.length !== size) {
      issues.push(issue(`${name} must be a list of ${size} numbers, one per ${side}.`, name));
      return;
    }
    for (let i = 0; i < size; i++)
      if (!Number.isFinite(list[i])) {
        issues.push(issue(`${name}[${i}] must be a finite number; got ${String(list[i])}.`, name, i));
        return;
      }
  };
  prices('rowDual', rowDual, rows, 'row');
  prices('colDual', colDual, cols, 'column');
  const used = new Uint8Array(col.length);
  if (!isNumberList(edges)) issues.push(issue('edges must be a list of edge indices.', 'edges'));
  else {
    const rowDeg = new Int32Array(rows);
    const colDeg = new Int32Array(cols);
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i] as number;
      if (!Number.isInteger(e) || e < 0 || e >= col.length) {
        issues.push(
          issue(`edges[${i}] must be an edge index in [0, ${col.length}); got ${String(e)}.`, 'edges', i),
        );
        break;
      }
      if (used[e] !== 0) {
        issues.push(issue(`edges[${i}] repeats edge ${e}.`, 'edges', i));
        break;
      }
      used[e] = 1;
      const r = edgeRow[e] as number;
      const c = col[e] as number;
      rowDeg[r] = (rowDeg[r] as number) + 1;
      colDeg[c] = (colDeg[c] as number) + 1;
      if ((rowDeg[r] as number) > (rowCapacity[r] as number)) {
        issues.push(
          issue(`edges[${i}] gives row ${r} more edges than its capacity ${rowCapacity[r]}.`, 'edges', i),
        );
        break;
      }
      if ((colDeg[c] as number) > (colCapacity[c] as number)) {
        issues.push(
          issue(`edges[${i}] gives column ${c} more edges than its capacity ${colCapacity[c]}.`, 'edges', i),
        );
        break;
      }
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return E.left([first, ...rest]);
  return E.right({ used, u: rowDual as ArrayLike<number>, v: colDual as ArrayLike<number> });
}
