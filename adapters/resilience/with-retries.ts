/**
 * The one retry layer: a port decorator that tries transient failures again, with the attempts
 * and base delay of their retry rule and full-jitter exponential backoff. The AWS adapter leaves
 * the SDK's own retries off, so nothing is retried by two layers.
 *
 * Attempts count the whole call: a call throttled twice and then failing with an internal error has
 * made 3 attempts, which is the internal-error rule's limit. The rule of the latest failure decides.
 *
 * TransactWriteItems without a ClientRequestToken gets one before the first attempt: every attempt
 * is then the same idempotent request, and a retry after an ambiguous failure (a timeout after
 * DynamoDB committed) cannot apply the transaction twice. The SDK would do the same for its own
 * retries.
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { InputOf, OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { fullJitterDelay } from './full-jitter-delay.js';
import { retryCategoryOf } from './retry-category-of.js';
import { resolveRetryPolicy, type RetryCategory, type RetryPolicyOptions } from './retry-policy.js';
import { sleep as sleepWithTimers } from './sleep.js';

/** Reported before each wait, so that telemetry can log and count retries. */
export interface RetryEvent {
  readonly operation: OperationName;
  readonly input: InputOf<OperationName>;
  readonly category: RetryCategory;
  readonly error: DynamoDbError;
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** How long the layer waits before the next attempt. */
  readonly delayMs: number;
}

export interface RetryDeps {
  /** Uniform in [0, 1); Math.random by default. Inject a fixed source for deterministic tests. */
  readonly random?: (() => number) | undefined;
  /** setTimeout-based by default, so fake timers drive it. */
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Told about every retry; an observer that throws does not disturb the call. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Tokens for TransactWriteItems calls that bring none; random UUIDs by default. */
  readonly clientRequestToken?: (() => string) | undefined;
}

function idempotent<N extends OperationName>(operation: N, input: InputOf<N>, token: () => string): InputOf<N> {
  if (operation !== 'TransactWriteItems') return input;
  const transaction = input as InputOf<'TransactWriteItems'>;
  if (transaction.ClientRequestToken !== undefined) return input;
  return { ...transaction, ClientRequestToken: token() };
}

export function withRetries(port: DynamoDbPort, policy: RetryPolicyOptions = {}, deps: RetryDeps = {}): DynamoDbPort {
  const resolved = resolveRetryPolicy(policy);
  const random = deps.random ?? Math.random;
  const wait = deps.sleep ?? sleepWithTimers;
  const token = deps.clientRequestToken ?? randomUUID;
  const report = (event: RetryEvent): void => {
    try {
      deps.onRetry?.(event);
    } catch {
      // Observing a retry must never change its outcome.
    }
  };
  const send = async <N extends OperationName>(operation: N, original: InputOf<N>): Promise<OutputOf<N>> => {
    const input = idempotent(operation, original, token);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await port.send(operation, input);
      } catch (error) {
        const category = retryCategoryOf(error);
        if (category === undefined) throw error;
        const { maxAttempts, baseDelayMs } = resolved[category];
        if (attempt >= maxAttempts) throw error;
        const delayMs = fullJitterDelay(attempt, baseDelayMs, resolved.maxDelayMs, random);
        report({ operation, input, category, error: error as DynamoDbError, attempt, maxAttempts, delayMs });
        await wait(delayMs);
      }
    }
  };
  return createDynamoDbPort(send);
}
