/**
 * What a fault rule says: which calls it matches (operations, tables), when it fires (always, by
 * probability, on the n-th matching call, within a time window, at most so many times) and what
 * happens then. Rules are plain data so tests read like a scenario.
 */

/** DynamoDB's throttling errors; ThrottlingException is what on-demand tables answer. */
export type ThrottlingErrorName = 'ThrottlingException' | 'ProvisionedThroughputExceededException' | 'RequestLimitExceeded';

export type Fault =
  /** The call fails with a throttling error before anything is applied. */
  | { readonly kind: 'throttling'; readonly errorName?: ThrottlingErrorName | undefined }
  /** The call fails with InternalServerError (HTTP 500) before anything is applied. */
  | { readonly kind: 'internal-error' }
  /** The call fails with ServiceUnavailable (HTTP 503) before anything is applied. */
  | { readonly kind: 'service-unavailable' }
  /** The answer comes `ms` milliseconds late (a real timer, so fake timers can drive it). */
  | { readonly kind: 'latency'; readonly ms: number }
  /**
   * BatchWriteItem / BatchGetItem: a random part of the requests (each with probability
   * `fraction`, default 0.5; at least one; never all of several) comes back as UnprocessedItems /
   * UnprocessedKeys without being applied or read.
   */
  | { readonly kind: 'unprocessed'; readonly fraction?: number | undefined }
  /**
   * Single-item writes fail with TransactionConflictException; transactions are canceled with a
   * TransactionConflict reason on one of their actions. Nothing is applied.
   */
  | { readonly kind: 'transaction-conflict' }
  /** The call is applied, then the caller sees a timeout instead of the answer. */
  | { readonly kind: 'timeout-after-commit' };

export type FaultKind = Fault['kind'];

export interface FaultRule {
  /** DynamoDB operation names (`PutItem`, `GetRecords`, ...); all operations when absent. */
  readonly operation?: string | readonly string[] | undefined;
  /** Table names; a call matches when it touches one of them. All tables when absent. */
  readonly table?: string | readonly string[] | undefined;
  readonly fault: Fault;
  /** Chance that a matching call is hit, from the simulator's seed; default 1. */
  readonly probability?: number | undefined;
  /** Only the n-th matching calls (1-based), such as `3` for "the third PutItem on table X". */
  readonly nth?: number | readonly number[] | undefined;
  /** Only calls made within [from, until) by the simulator's clock, in epoch milliseconds. */
  readonly between?: { readonly from?: number | undefined; readonly until?: number | undefined } | undefined;
  /** The rule is spent after hitting this many calls ("the next 3 calls": `times: 3`). */
  readonly times?: number | undefined;
}

/** One entry of the fault log: what was injected into which call. */
export interface InjectedFault {
  /** 1-based position in the log. */
  readonly sequence: number;
  /** The simulator clock's time of the call. */
  readonly time: number;
  readonly operation: string;
  readonly tables: readonly string[];
  readonly ruleId: number;
  readonly kind: FaultKind;
  /** What exactly happened: the error name, the delay, how many requests were held back. */
  readonly detail: string;
}

export interface FaultRuleHandle {
  readonly id: number;
  /** Stops the rule; calls already decided are not affected. */
  remove(): void;
}
