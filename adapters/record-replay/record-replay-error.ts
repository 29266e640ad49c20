/**
 * The one error type of the record/replay adapter. Its `kind` says what went wrong; an unmatched
 * request carries the closest recorded request and the difference, so the cause shows at once.
 * Branded with Symbol.for, so the guards work across duplicate copies of the package.
 */
import type { JsonValue } from './json-value.js';

export type RecordReplayErrorKind =
  /** Replay found no recorded interaction for a request. */
  | 'unmatched-request'
  /** Replay asked for a cassette file that does not exist. */
  | 'cassette-not-found'
  /** The cassette file is not a cassette this version can read. */
  | 'invalid-cassette'
  /** The mode needs a port to pass requests to, and none was given. */
  | 'missing-target'
  /** A request arrived after close(). */
  | 'closed'
  /** assertAllReplayed(): recorded interactions that the run never asked for. */
  | 'unreplayed-interactions'
  /** The options cannot work. */
  | 'invalid-options';

/** One place where the closest recorded request and the request differ. */
export interface RequestDifference {
  /** Where, such as `Item.amount.N` or `TransactItems[1].Put.TableName`. */
  readonly path: string;
  /** Compact JSON of the recorded value, or `(absent)`. */
  readonly recorded: string;
  /** Compact JSON of the requested value, or `(absent)`. */
  readonly requested: string;
}

export interface ClosestInteraction {
  readonly index: number;
  readonly operation: string;
  /** As the cassette holds it: normalised and redacted. */
  readonly request: JsonValue;
  /** True when the run already used it (a request repeated more often than recorded). */
  readonly replayed: boolean;
}

export interface RecordReplayErrorDetails {
  readonly kind: RecordReplayErrorKind;
  readonly message: string;
  readonly operation?: string | undefined;
  /** The unmatched request as the cassette would hold it (normalised, redacted). */
  readonly request?: JsonValue | undefined;
  readonly closest?: ClosestInteraction | undefined;
  readonly differences?: readonly RequestDifference[] | undefined;
}

const BRAND = Symbol.for('dynamo-hexagon.RecordReplayError');

export class RecordReplayError extends Error {
  readonly [BRAND] = true;
  readonly kind: RecordReplayErrorKind;
  readonly operation: string | undefined;
  readonly request: JsonValue | undefined;
  readonly closest: ClosestInteraction | undefined;
  readonly differences: readonly RequestDifference[];

  constructor(details: RecordReplayErrorDetails) {
    super(details.message);
    this.name = 'RecordReplayError';
    this.kind = details.kind;
    this.operation = details.operation;
    this.request = details.request;
    this.closest = details.closest;
    this.differences = details.differences ?? [];
  }

  /** True for a RecordReplayError from any copy of this package. */
  static is(value: unknown): value is RecordReplayError {
    return typeof value === 'object' && value !== null && (value as Partial<Record<typeof BRAND, unknown>>)[BRAND] === true;
  }

  /** A request that replay could not answer from the cassette. */
  static isUnmatched(value: unknown): value is RecordReplayError & { kind: 'unmatched-request' } {
    return RecordReplayError.is(value) && value.kind === 'unmatched-request';
  }
}
