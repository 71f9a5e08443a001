import type { Random } from './createRandom';

const TWO_POW_32 = 4294967296;

/**
 * {@link createRandom} without its check, for the library's own callers (the generator, the
 * random baseline), which pass seeds they checked: any number, its whole part used, all 53 bits
 * of a safe integer counting (`NaN` and infinities act as 0).
 *
 * @internal
 */
export function createRandomUnchecked(seed: number): Random {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const low = whole >>> 0;
  const high = Math.floor(whole / TWO_POW_32) >>> 0;
  // splitmix32: a Weyl sequence through an avalanching hash, so that neighbouring seeds (1, 2, 3)
  // give unrelated states; the high word is hashed in so that seeds 2³² apart differ too.
  const salt = mix32(high ^ 0x85ebca6b);
  let weyl = low;
  const word = (): number => {
    weyl = (weyl + 0x9e3779b9) | 0;
    return mix32(weyl ^ salt);
  };
  let a = word();
  let b = word();
  let c = word();
  let d = word();

  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly seeded sfc32 are still close to its seed words: skip them.
  for (let i = 0; i < 12; i++) next32();

  const next = (): number => next32() / TWO_POW_32;
  const int = (min: number, max: number): number => {
    const lo = Math.min(min, max);
    const hi = Math.max(min, max);
    return lo + Math.floor(next() * (hi - lo + 1));
  };
  function pick<T>(list: readonly [T, ...T[]]): T;
  function pick<T>(list: ReadonlyArray<T>): T | undefined;
  function pick<T>(list: ReadonlyArray<T>): T | undefined {
    return list.length === 0 ? undefined : list[Math.floor(next() * list.length)];
  }
  const shuffle = <T>(list: ReadonlyArray<T>): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const held = copy[i] as T; // i and j are in range: the loop runs over the copy's own indices
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}

/** The 32-bit finaliser of splitmix32 (Steele, Lea & Flood 2014, constants by Stafford/Ettinger). */
function mix32(x: number): number {
  let z = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}
