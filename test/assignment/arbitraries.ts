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

/**
 * Matrices of extreme values for the exactness properties: near the ends of the double range
 * (±1e308, ±1.7e308), 1e17 beside small integers (which doubles would absorb), subnormals, ±0,
 * small floats, and forbidden cells.
 */
export const extremeMatrixArb = (options: {
  readonly maxRows: number;
  readonly maxCols: number;
  readonly maximize: boolean;
}): fc.Arbitrary<number[][]> => {
  const cell = fc.oneof(
    fc.constantFrom(1e308, -1e308, 1.7e308, -1.7e308, 1e17, -1e17, 3e16, 5e-324, -5e-324, 2.2e-308, 0, -0),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(options.maximize ? -Infinity : Infinity),
  );
  return fc
    .tuple(fc.integer({ min: 0, max: options.maxRows }), fc.integer({ min: 0, max: options.maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    );
};
