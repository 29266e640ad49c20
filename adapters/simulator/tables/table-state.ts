/**
 * One version of a table as the table operations see it: the engine's definition plus what
 * DescribeTable reports beyond it (throughput bookkeeping, billing and class history, tags, the
 * last stream, TTL and backup settings). Immutable: every change makes a new state, so an
 * UpdateTable response can describe the old and the new state side by side.
 */
import type { TableDefinition, StreamSettings } from '../engine/table-definition.js';

/** Provisioned throughput bookkeeping of the table or of one global index. */
export interface ThroughputLog {
  /** Milliseconds since the epoch. */
  readonly lastIncreaseAt?: number;
  readonly lastDecreaseAt?: number;
  /** Decreases in the UTC day `decreaseDay` (days since the epoch). */
  readonly decreasesToday: number;
  readonly decreaseDay: number;
}

export interface Units {
  readonly read: number;
  readonly write: number;
}

/** MaxReadRequestUnits / MaxWriteRequestUnits of an on-demand table or index. */
export interface OnDemandSettings {
  readonly maxRead?: number;
  readonly maxWrite?: number;
}

export interface TableState {
  readonly definition: TableDefinition;
  /** Tag keys to values, in the order they were given. */
  readonly tags: ReadonlyMap<string, string>;
  readonly throughput: ThroughputLog;
  readonly indexThroughput: ReadonlyMap<string, ThroughputLog>;
  /** The highest throughput the table (or index) was ever ready for: DynamoDB's WarmThroughput. */
  readonly warm: Units;
  readonly indexWarm: ReadonlyMap<string, Units>;
  readonly onDemand?: OnDemandSettings;
  readonly indexOnDemand: ReadonlyMap<string, OnDemandSettings>;
  /** Set once the table was ever on demand (BillingModeSummary appears from then on). */
  readonly lastUpdateToPayPerRequestAt?: number;
  /** Set once TableClass was given or changed (TableClassSummary appears from then on). */
  readonly tableClassShown: boolean;
  readonly tableClassUpdatedAt?: number;
  /** The most recent stream, kept after it is disabled: LatestStreamArn outlives the stream. */
  readonly latestStream?: StreamSettings;
  /** When UpdateTimeToLive last changed something, for DynamoDB's cooldown. */
  readonly timeToLiveChangedAt?: number;
  /** When point-in-time recovery was last enabled. */
  readonly pointInTimeRecoveryEnabledAt?: number;
}

export const NO_DECREASES: ThroughputLog = Object.freeze({ decreasesToday: 0, decreaseDay: 0 });
