/**
 * A clock that moves only when told to: tests pass one to the simulator to drive TTL sweeps,
 * stream trimming and iterator expiry without waiting. The simulator's default is the system
 * clock, because DynamoDB's own behaviour (TTL, idempotency tokens, iterator expiry) follows real
 * time.
 */
import type { Clock } from '../../ports/clock.js';

export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds; returns the new time. */
  advance(ms: number): number;
  /** Sets the clock to `ms` milliseconds since the epoch (it may go backwards; DynamoDB's never does). */
  set(ms: number): void;
}

function checkedTime(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number of milliseconds, got ${String(value)}`);
  return value;
}

/** A manual clock starting at `startMs` (default: the current time, so that TTL values look real). */
export function createManualClock(startMs: number = Date.now()): ManualClock {
  let current = checkedTime(startMs, 'startMs');
  return Object.freeze({
    now: () => current,
    advance(ms: number): number {
      if (checkedTime(ms, 'advance(ms)') < 0) throw new RangeError(`advance(ms) takes a duration of zero or more, got ${ms}`);
      current += ms;
      return current;
    },
    set(ms: number): void {
      current = checkedTime(ms, 'set(ms)');
    },
  });
}
