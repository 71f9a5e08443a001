// Seeded random b-matching graphs for the benchmark: each row picks `degree` distinct columns
// uniformly, weights uniform in [0, 1), capacities uniform in 1..maxCapacity on both sides.

/** mulberry32: a small seeded generator, so that every run measures the same graphs. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomGraph({ rows, cols, degree, rowMax, colMax, seed }) {
  const random = rng(seed);
  const d = Math.min(degree, cols);
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(rows * d);
  const weight = new Float64Array(rows * d);
  const picked = new Int32Array(d);
  const mark = new Int32Array(cols).fill(-1);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < d; k++) {
      let c;
      do c = Math.floor(random() * cols);
      while (mark[c] === r);
      mark[c] = r;
      picked[k] = c;
    }
    picked.sort();
    for (let k = 0; k < d; k++) {
      col[r * d + k] = picked[k];
      weight[r * d + k] = random();
    }
    start[r + 1] = (r + 1) * d;
  }
  const rowCapacity = Int32Array.from({ length: rows }, () => 1 + Math.floor(random() * rowMax));
  const colCapacity = Int32Array.from({ length: cols }, () => 1 + Math.floor(random() * colMax));
  return { rows, cols, start, col, weight, rowCapacity, colCapacity };
}
