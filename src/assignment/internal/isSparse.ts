import type { CostMatrix } from '../CostMatrix';
import type { SparseCostMatrix } from '../SparseCostMatrix';

/**
 * Tells a {@link SparseCostMatrix} from a dense matrix or nested rows by its `rowStart` field.
 *
 * @internal
 */
export const isSparse = (
  matrix: CostMatrix | SparseCostMatrix | ReadonlyArray<ReadonlyArray<number>>,
): matrix is SparseCostMatrix => !Array.isArray(matrix) && 'rowStart' in matrix;
