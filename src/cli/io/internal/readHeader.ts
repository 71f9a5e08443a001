import { closestName } from '../../internal/closestName';
import type { InputIssue } from '../InputIssue';

/** A sheet's header read against the columns a reader knows. @internal */
export interface ReadHeader<C extends string> {
  /** Each known column's position (its first occurrence). */
  readonly index: ReadonlyMap<C, number>;
  /** Near misses of a known column (`mentee_idd`): errors naming the column meant. */
  readonly issues: ReadonlyArray<InputIssue>;
  /** The columns those near misses meant. */
  readonly meant: ReadonlySet<C>;
  /** Columns that are no known column: warnings, the column ignored. */
  readonly warnings: ReadonlyArray<InputIssue>;
}

/**
 * Reads a header row (row 1 of the sheet): each cell the reader recognises (`recognise`, which
 * knows the synonyms) takes its column, the first time; a cell it does not know at all
 * (`undefined`) that is close to a known column not yet taken is an error with "did you mean";
 * any other cell — a repeat, a column of another kind of sheet (`null`), an unknown word — is a
 * warning (`ignored` says how), its column left out. Issues are located as `file: column Header`.
 *
 * @internal
 */
export function readHeader<C extends string>(
  header: ReadonlyArray<string>,
  where: string,
  known: ReadonlyArray<C>,
  recognise: (cell: string) => C | null | undefined,
  ignored: (cell: string) => string,
): ReadHeader<C> {
  const index = new Map<C, number>();
  const issues: InputIssue[] = [];
  const meant = new Set<C>();
  const warnings: InputIssue[] = [];
  header.forEach((cell, i) => {
    const column = recognise(cell);
    if (column !== undefined && column !== null && !index.has(column)) {
      index.set(column, i);
      return;
    }
    const at = { where: `${where}: column ${cell}`, path: [1, cell] };
    const near = column === undefined ? (closestName(cell, known) as C | undefined) : undefined;
    if (near !== undefined && !index.has(near)) {
      meant.add(near);
      issues.push({
        code: 'unknown-column',
        message: `unknown column "${cell}" (did you mean "${near}"?)`,
        ...at,
      });
    } else warnings.push({ code: 'unknown-column', message: ignored(cell), ...at });
  });
  return { index, issues, meant, warnings };
}
