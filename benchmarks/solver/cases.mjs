// The benchmark cases of issue 12, in one list: each family at the sizes the issue gives.
import { denseCase, intCase, macholWienCase, matchShapeCase, sparseCase } from './matrices.mjs';

/**
 * Every case: `family` (for the report), `target` (the largest time as a multiple of scipy's that
 * issue 12 accepts; undefined for context rows), `others` (also time munkres 2.0.4), `oracle`
 * (also run munkres-js, to check the totals).
 */
export function benchCases(quick) {
  const n = (size) => (quick ? Math.max(50, size / 10) : size);
  return [
    { ...denseCase(n(200), n(200), 'float', 1), family: 'uniform floats', oracle: true, others: true },
    { ...denseCase(n(1000), n(1000), 'float', 2), family: 'uniform floats', target: 0.8, others: true },
    { ...denseCase(n(2000), n(2000), 'float', 3), family: 'uniform floats', target: 0.8, others: true },
    {
      ...intCase(n(2000), 0, 10, 4, `integers 0–10 ${n(2000)}×${n(2000)}`),
      family: 'small integers',
      target: 1,
    },
    {
      ...intCase(n(2000), 0, 1000, 5, `integers 0–1000 ${n(2000)}×${n(2000)}`),
      family: 'integers',
      target: 1,
    },
    { ...macholWienCase(n(1000)), family: 'Machol–Wien', target: 1 },
    { ...macholWienCase(n(2000)), family: 'Machol–Wien', target: 1 },
    { ...matchShapeCase(n(2000), quick ? 402 : 4012, 6), family: 'match shape', target: 1 },
    {
      ...intCase(n(800), 1, 100, 7, `classic 800² (OR-Library style) ${n(800)}×${n(800)}`),
      family: 'classic',
      target: 1,
    },
    { ...denseCase(n(500), n(2000), 'float', 8), family: 'rectangular' },
    { ...denseCase(n(2000), n(500), 'float', 9), family: 'rectangular' },
    { ...sparseCase(n(2000), 0.01, 10), family: 'sparse', target: 1.5 },
  ];
}
