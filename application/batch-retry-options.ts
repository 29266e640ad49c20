/**
 * How batchWriteAll and batchGetAll try again what DynamoDB left unprocessed: exponential backoff
 * with full jitter, a bounded number of calls per batch. This is not the port's retry layer (which
 * retries failed calls): a batch with unprocessed items succeeded, and only the caller of
 * BatchWriteItem / BatchGetItem can send the rest again.
 */
export interface BatchRetryOptions {
  /** Calls per batch, the first included, before what is left is reported unprocessed. Default 8. */
  readonly maxAttempts?: number | undefined;
  /** Base of the backoff. Default 50 ms. */
  readonly baseDelayMs?: number | undefined;
  /** No single wait is longer. Default 5 000 ms. */
  readonly maxDelayMs?: number | undefined;
  /** Uniform in [0, 1); Math.random by default. */
  readonly random?: (() => number) | undefined;
  /** setTimeout-based by default, so fake timers drive it. */
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
}

export interface BatchRetry {
  readonly maxAttempts: number;
  /** Waits before the next call, after `failedAttempts` calls left something unprocessed. */
  backOff(failedAttempts: number): Promise<void>;
}

function checked(name: string, value: number, minimum: number, whole: boolean): number {
  if (!Number.isFinite(value) || value < minimum || (whole && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be a ${whole ? 'whole ' : ''}number >= ${minimum}, got ${String(value)}`);
  }
  return value;
}

export function batchRetry(options: BatchRetryOptions = {}): BatchRetry {
  const maxAttempts = checked('maxAttempts', options.maxAttempts ?? 8, 1, true);
  const base = checked('baseDelayMs', options.baseDelayMs ?? 50, 0, false);
  const cap = checked('maxDelayMs', options.maxDelayMs ?? 5_000, 0, false);
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    maxAttempts,
    backOff: (failedAttempts) => {
      const ceiling = Math.min(cap, base * 2 ** Math.max(0, failedAttempts - 1));
      return sleep(Math.floor(Math.min(Math.max(random(), 0), 1 - Number.EPSILON) * ceiling));
    },
  };
}
