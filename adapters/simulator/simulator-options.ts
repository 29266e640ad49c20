/** What createSimulator accepts. */
import type { Clock } from '../../ports/clock.js';

export interface SimulatorOptions {
  /**
   * Where time comes from. Default: the system clock, because DynamoDB's behaviour follows real
   * time (TTL, idempotency tokens, iterator expiry); tests pass `createManualClock()` to move it.
   */
  readonly clock?: Clock | undefined;
  /** Seed of everything random (faults, stream event ids); default 1. */
  readonly seed?: number | string | undefined;
  /** Used in ARNs and stream records; default `us-east-1`. */
  readonly region?: string | undefined;
  /** Used in ARNs; default `000000000000`. */
  readonly accountId?: string | undefined;
  /** Numbers come out of the port as NumberValue (lib-dynamodb's `wrapNumbers`); default false. */
  readonly wrapNumbers?: boolean | undefined;
  /**
   * When items whose TTL has passed are deleted. `'manual'` (the default): only when
   * `sweepExpiredItems()` is called, so tests decide; `{ intervalMs }`: also on a timer.
   */
  readonly ttlSweep?: 'manual' | { readonly intervalMs: number } | undefined;
}
