/**
 * When to take a snapshot, as composable predicates over what just happened to a stream. The
 * seed's strategy: every N events (100 by default), when the last snapshot is older than a
 * duration, and on significant event types; `anyOf` and `allOf` combine them.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { positiveInteger } from '../values/versions.js';

export interface SnapshotContext {
  /** The stream's version after the append. */
  readonly version: number;
  /** The version of the latest snapshot, 0 if there is none. */
  readonly snapshotVersion: number;
  /** When the latest snapshot was taken (epoch ms), undefined if there is none. */
  readonly snapshotTimeMs: number | undefined;
  /** The current time (epoch ms). */
  readonly nowMs: number;
  /** The types of the events just appended. */
  readonly eventTypes: readonly string[];
}

export type SnapshotPolicy = (context: SnapshotContext) => boolean;

export const DEFAULT_SNAPSHOT_INTERVAL = 100;

/** At least `count` events since the latest snapshot (or since the start). */
export function everyNEvents(count: number = DEFAULT_SNAPSHOT_INTERVAL): SnapshotPolicy {
  const interval = positiveInteger(count, 'count');
  return (context) => context.version - context.snapshotVersion >= interval;
}

/** The latest snapshot is older than `durationMs`, or there is none yet. */
export function olderThan(durationMs: number): SnapshotPolicy {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new InvalidInputError('durationMs', 'must be a duration of at least 0 ms');
  return (context) => context.snapshotTimeMs === undefined || context.nowMs - context.snapshotTimeMs > durationMs;
}

/** One of the events just appended has one of these types. */
export function onEventTypes(eventTypes: readonly string[]): SnapshotPolicy {
  const significant = new Set(eventTypes);
  return (context) => context.eventTypes.some((type) => significant.has(type));
}

export function anyOf(...policies: readonly SnapshotPolicy[]): SnapshotPolicy {
  return (context) => policies.some((policy) => policy(context));
}

export function allOf(...policies: readonly SnapshotPolicy[]): SnapshotPolicy {
  return (context) => policies.every((policy) => policy(context));
}

export const neverSnapshot: SnapshotPolicy = () => false;

/** Only when the stream moved past the latest snapshot: never a second snapshot of one version. */
export function shouldSnapshot(policy: SnapshotPolicy, context: SnapshotContext): boolean {
  return context.version > context.snapshotVersion && policy(context);
}
