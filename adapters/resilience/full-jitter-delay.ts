/**
 * Exponential backoff with full jitter: after the n-th failed attempt, wait a uniformly random
 * time in [0, min(cap, base * 2^(n-1))). Spreading retries over the whole window keeps many
 * clients that failed together from retrying together.
 */
export function fullJitterDelay(failedAttempts: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  // A random source outside [0, 1) must not produce a wait outside the window.
  const fraction = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(fraction * ceiling);
}
