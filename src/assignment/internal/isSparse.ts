import type { CostMatrix } from '../CostMatrix';
import type { SparseCostMatrix } from '../SparseCostMatrix';

/**
 * Tells a {@link SparseCostMatrix} from a dense matrix or nested rows by its `rowStart` field.
 *
 * @internal
 */
export const isSparse = (
  matrix: CostMatrix | SparseCostMatrix | ReadonlyArray<ReadonlyArray<number>>,
): matrix is SparseCostMatrix =>
  // Untyped callers may pass anything: `in` throws on a primitive or null.
  typeof matrix === 'object' && matrix !== null && !Array.isArray(matrix) && 'rowStart' in matrix;
