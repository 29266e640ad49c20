/**
 * Retrying a write whose outcome is unknown. A timeout, a dropped connection or an internal
 * error may come after DynamoDB applied the write. Sending the very same request again is safe
 * here because every conditional write of this library can recognise its own earlier success
 * (a commit id or transition id in the item, returned by ReturnValuesOnConditionCheckFailure),
 * so the retry ends as success for one's own write and as a conflict for someone else's.
 *
 * Throttling and validation errors are not retried here: they mean the write was not applied,
 * and throttling is the resilience layer's job below the port.
 */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';

const AMBIGUOUS_REASONS: ReadonlySet<string> = new Set(['Timeout', 'Network', 'InternalServerError', 'ServiceUnavailable']);

export function isAmbiguousFailure(error: unknown): boolean {
  return DynamoDbError.is(error) && error.kind === 'service' && AMBIGUOUS_REASONS.has(error.reason);
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface AmbiguousRetryPolicy {
  /** Further attempts after the first (default 3). */
  readonly retries: number;
  /** The first pause; each next one doubles, with full jitter (default 25 ms). */
  readonly baseDelayMs: number;
  readonly sleep: Sleep;
  readonly random: () => number;
}

export async function withAmbiguousRetry<T>(policy: AmbiguousRetryPolicy, send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= policy.retries || !isAmbiguousFailure(error)) throw error;
      await policy.sleep(Math.floor(policy.random() * policy.baseDelayMs * 2 ** attempt));
    }
  }
}
