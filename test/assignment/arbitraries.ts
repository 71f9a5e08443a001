import fc from 'fast-check';

/** A cell kind for the generated matrices: small integers (many ties), or floats. */
export type CellKind = 'int' | 'float';

/** Options of {@link matrixArb}. */
export interface MatrixArbOptions {
  readonly maxRows: number;
  readonly maxCols: number;
  readonly maximize: boolean;
  /** Whether forbidden cells may appear (then up to about half of the cells). */
  readonly forbidden: boolean;
  readonly minSize?: number;
}

/** Nested-row matrices: square and rectangular, integer or float, with or without forbidden cells. */
export const matrixArb = (options: MatrixArbOptions): fc.Arbitrary<number[][]> =>
  fc
    .record({
      rows: fc.noBias(fc.integer({ min: options.minSize ?? 0, max: options.maxRows })),
      cols: fc.noBias(fc.integer({ min: options.minSize ?? 0, max: options.maxCols })),
      kind: fc.constantFrom<CellKind>('int', 'float'),
      forbiddenWeight: options.forbidden ? fc.noBias(fc.integer({ min: 0, max: 5 })) : fc.constant(0),
    })
    .chain(({ rows, cols, kind, forbiddenWeight }) => {
      const value =
        kind === 'int'
          ? fc.noBias(fc.integer({ min: -5, max: 20 }))
          : fc.noBias(fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }));
      const forbidden = fc.constant(options.maximize ? -Infinity : Infinity);
      const cell =
        forbiddenWeight === 0
          ? value
          : fc.oneof({ arbitrary: value, weight: 5 }, { arbitrary: forbidden, weight: forbiddenWeight });
      return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      });
    });
