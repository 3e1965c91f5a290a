/**
 * A small seeded pseudo-random generator (mulberry32) so that generated samples are the same on every
 * run and every machine. Never Math.random.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
}

export function makePrng(seed: number): Prng {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function int(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }
  return {
    next: next,
    int: int,
    pick: function <T>(list: readonly T[]): T {
      return list[int(0, list.length - 1)];
    },
    shuffle: function <T>(list: readonly T[]): T[] {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        const t = out[i];
        out[i] = out[j];
        out[j] = t;
      }
      return out;
    },
  };
}
