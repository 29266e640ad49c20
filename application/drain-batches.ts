/**
 * The loop batchWriteAll and batchGetAll share. Each batch is sent; what DynamoDB leaves
 * unprocessed is sent again after a backoff until nothing is left or the attempts run out. A
 * failed call (after the port's own retries) stops the run: what it was sending and every later
 * batch are left over together with the error, so nothing is dropped silently.
 */
import { DynamoDbError } from '../ports/dynamo-db-error.js';
import type { BatchRetry } from './batch-retry-options.js';

export interface DrainedBatches<Entry> {
  /** Entries not done: unprocessed after every attempt, or never sent after `error`. */
  readonly left: Entry[];
  /** Calls made. */
  readonly calls: number;
  readonly error?: DynamoDbError;
}

/** The port promises DynamoDbErrors; anything else is reported as an unknown service failure. */
function unexpected(thrown: unknown): DynamoDbError {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new DynamoDbError({ kind: 'service', reason: 'Unknown', errorName: 'UnexpectedError', message, retryable: false, cause: thrown });
}

/** `send` makes one call and gives back the entries the call left unprocessed. */
export async function drainBatches<Entry>(
  batches: readonly (readonly Entry[])[],
  retry: BatchRetry,
  send: (pending: readonly Entry[]) => Promise<readonly Entry[]>,
): Promise<DrainedBatches<Entry>> {
  const left: Entry[] = [];
  let calls = 0;
  for (let index = 0; index < batches.length; index += 1) {
    let pending: readonly Entry[] = batches[index] ?? [];
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      calls += 1;
      try {
        pending = await send(pending);
      } catch (thrown) {
        left.push(...pending, ...batches.slice(index + 1).flat());
        return { left, calls, error: DynamoDbError.is(thrown) ? thrown : unexpected(thrown) };
      }
      if (pending.length > 0 && attempt >= retry.maxAttempts) {
        left.push(...pending);
        break;
      }
      if (pending.length > 0) await retry.backOff(attempt);
    }
  }
  return { left, calls };
}
