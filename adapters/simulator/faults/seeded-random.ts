/**
 * A small seeded pseudo-random generator (a 32-bit xorshift-multiply mix over a Weyl sequence),
 * so that fault injection and anything else random in the simulator repeats exactly from a seed.
 * Not for cryptography.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  below(bound: number): number;
}

/** Strings are hashed (FNV-1a) so that `seed: 'my-test'` works as well as a number. */
export function seedNumber(seed: number | string): number {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number or a string, got ${String(seed)}`);
    return Math.trunc(seed) >>> 0;
  }
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createSeededRandom(seed: number | string): SeededRandom {
  let state = seedNumber(seed);
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x21f0aaad);
    mixed = Math.imul(mixed ^ (mixed >>> 15), 0x735a2d97);
    mixed ^= mixed >>> 15;
    return (mixed >>> 0) / 4294967296;
  };
  return {
    next,
    below: (bound: number) => Math.floor(next() * bound),
  };
}
