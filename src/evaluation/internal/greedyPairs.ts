import { type PreparedCohort } from './prepareCohort';

/**
 * The greedy baseline by index: pins first, then the allowed pairs from the highest score down
 * (ties: mentee id, then mentor id), each taken when its mentee is still free and its mentor has
 * a place left — what bulk-matching tools do. The result is maximal: a mentee left out has no
 * allowed mentor with a place left.
 *
 * @returns the mentor of each mentee, or −1
 * @internal
 */
export function greedyPairs(p: PreparedCohort): Int32Array {
  const { rows, cols, score, minScore, pins } = p;
  const mentorOf = Int32Array.from(pins.pinnedTo);
  const left = Int32Array.from(pins.capacityLeft);
  let n = 0;
  const cells = new Int32Array(rows * cols);
  for (let e = 0; e < rows; e++) {
    if (mentorOf[e] !== -1) continue;
    for (let m = 0; m < cols; m++) {
      const c = e * cols + m;
      if ((left[m] as number) > 0 && (score[c] as number) >= minScore) cells[n++] = c;
    }
  }
  // A cell number is mentee × cols + mentor, so its order is the id order of mentee, then mentor.
  const order = cells.subarray(0, n).sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  for (const c of order) {
    const e = Math.floor(c / cols);
    const m = c - e * cols;
    if (mentorOf[e] === -1 && (left[m] as number) > 0) {
      mentorOf[e] = m;
      left[m] = (left[m] as number) - 1;
    }
  }
  return mentorOf;
}
