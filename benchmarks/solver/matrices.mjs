// The benchmark matrices: seeded, so every solver (and scipy) sees exactly the same numbers.

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A dense rows × cols matrix, integer 0..1000 or float [0, 1), row-major. */
export function denseCase(rows, cols, values, seed) {
  const rand = seeded(seed);
  const data = new Float64Array(rows * cols);
  for (let k = 0; k < data.length; k++) data[k] = values === 'int' ? Math.floor(rand() * 1001) : rand();
  return { name: `${rows}×${cols} ${values}`, kind: 'dense', rows, cols, values, data };
}

/**
 * A sparse n × n matrix: each cell present with probability `density`, plus a random permutation
 * so that a full assignment exists. Costs are integers 1..1000: scipy's sparse matcher drops
 * explicit zeros ("explicit zero weights are removed"), which would change the problem.
 */
export function sparseCase(n, density, seed) {
  const rand = seeded(seed);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(rand() * (i + 1));
    [perm[i], perm[k]] = [perm[k], perm[i]];
  }
  const rowStart = new Int32Array(n + 1);
  const colIndex = [];
  const cost = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === perm[i] || rand() < density) {
        colIndex.push(j);
        cost.push(1 + Math.floor(rand() * 1000));
      }
    }
    rowStart[i + 1] = colIndex.length;
  }
  return {
    name: `${n}×${n} sparse ${density * 100} %`,
    kind: 'sparse',
    rows: n,
    cols: n,
    values: 'int',
    sparse: {
      rows: n,
      cols: n,
      rowStart,
      colIndex: Int32Array.from(colIndex),
      cost: Float64Array.from(cost),
    },
  };
}

/** The dense form of a sparse case, +Infinity where a cell is absent (for the dense solvers). */
export function densify(sparse) {
  const { rows, cols, rowStart, colIndex, cost } = sparse;
  const data = new Float64Array(rows * cols).fill(Infinity);
  for (let i = 0; i < rows; i++) {
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) data[i * cols + colIndex[e]] = cost[e];
  }
  return data;
}

/** Row views of a row-major matrix (no copy), for the solvers that take arrays of rows. */
export function rowViews(data, rows, cols) {
  return Array.from({ length: rows }, (_, i) => data.subarray(i * cols, (i + 1) * cols));
}

/** Plain number[][] rows (a copy), for munkres-js, which needs real arrays. */
export function plainRows(data, rows, cols) {
  return Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));
}

/** Integers lo..hi, uniform, in an n × n matrix (ties galore when the range is small). */
export function intCase(n, lo, hi, seed, name) {
  const rand = seeded(seed);
  const data = new Float64Array(n * n);
  for (let k = 0; k < data.length; k++) data[k] = lo + Math.floor(rand() * (hi - lo + 1));
  return { name, kind: 'dense', rows: n, cols: n, values: 'int', data };
}

/** Machol–Wien: c[i][j] = i · j, a classic worst case for shortest-augmenting-path solvers. */
export function macholWienCase(n) {
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[i * n + j] = i * j;
  return { name: `Machol–Wien ${n}×${n}`, kind: 'dense', rows: n, cols: n, values: 'int', data };
}

/**
 * The matrix `match` builds for max-total: mentees are rows, each mentor gives as many equal
 * columns as places (1–3), a cell is a score in steps of 0.05, or 0 where the pair is not allowed
 * (about a third of the pairs). Maximised.
 */
export function matchShapeCase(rows, places, seed) {
  const rand = seeded(seed);
  const capacity = [];
  for (let left = places; left > 0;) {
    const k = Math.min(left, 1 + Math.floor(rand() * 3));
    capacity.push(k);
    left -= k;
  }
  const mentors = capacity.length;
  const data = new Float64Array(rows * places);
  const scores = new Float64Array(mentors);
  for (let r = 0; r < rows; r++) {
    for (let m = 0; m < mentors; m++) scores[m] = rand() < 1 / 3 ? 0 : Math.round(rand() * 20) / 20;
    let c = r * places;
    for (let m = 0; m < mentors; m++) for (let k = 0; k < capacity[m]; k++) data[c++] = scores[m];
  }
  return {
    name: `match shape ${rows}×${places}`,
    kind: 'dense',
    rows,
    cols: places,
    values: 'float',
    maximize: true,
    data,
  };
}
