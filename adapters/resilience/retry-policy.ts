/**
 * How often and how patiently each kind of transient failure is tried again. The defaults are the
 * integration module's table: throttling up to 10 attempts from a 50 ms base, internal errors 3
 * from 100 ms, service unavailable (and lost connections, timeouts) 3 from 500 ms, transaction
 * conflicts 3 from 100 ms. Attempts count the first call: `maxAttempts: 1` never retries.
 */
export interface RetryRule {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
}

export const RETRY_CATEGORIES = ['throttling', 'internalServerError', 'serviceUnavailable', 'transactionConflict'] as const;
export type RetryCategory = (typeof RETRY_CATEGORIES)[number];

export type RetryPolicy = { readonly [C in RetryCategory]: RetryRule } & {
  /** No single wait is longer than this, however many attempts have failed. */
  readonly maxDelayMs: number;
};

/** A rule with either part left to the default. */
export interface RetryRuleOptions {
  readonly maxAttempts?: number | undefined;
  readonly baseDelayMs?: number | undefined;
}

/** A policy with any rule, or part of a rule, left to the defaults. */
export type RetryPolicyOptions = { readonly [C in RetryCategory]?: RetryRuleOptions | undefined } & {
  readonly maxDelayMs?: number | undefined;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  throttling: Object.freeze({ maxAttempts: 10, baseDelayMs: 50 }),
  internalServerError: Object.freeze({ maxAttempts: 3, baseDelayMs: 100 }),
  serviceUnavailable: Object.freeze({ maxAttempts: 3, baseDelayMs: 500 }),
  transactionConflict: Object.freeze({ maxAttempts: 3, baseDelayMs: 100 }),
  maxDelayMs: 20_000,
});

function checked(path: string, value: unknown, minimum: number, whole: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum || (whole && !Number.isInteger(value))) {
    throw new RangeError(`retry policy: ${path} must be a ${whole ? 'whole ' : ''}number >= ${minimum}, got ${String(value)}`);
  }
  return value;
}

function resolveRule(category: RetryCategory, options: RetryRuleOptions | undefined): RetryRule {
  const defaults = DEFAULT_RETRY_POLICY[category];
  return Object.freeze({
    maxAttempts: checked(`${category}.maxAttempts`, options?.maxAttempts ?? defaults.maxAttempts, 1, true),
    baseDelayMs: checked(`${category}.baseDelayMs`, options?.baseDelayMs ?? defaults.baseDelayMs, 0, false),
  });
}

/** The defaults overridden by `options`; a RangeError names any value that makes no sense. */
export function resolveRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  return Object.freeze({
    throttling: resolveRule('throttling', options.throttling),
    internalServerError: resolveRule('internalServerError', options.internalServerError),
    serviceUnavailable: resolveRule('serviceUnavailable', options.serviceUnavailable),
    transactionConflict: resolveRule('transactionConflict', options.transactionConflict),
    maxDelayMs: checked('maxDelayMs', options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs, 0, false),
  });
}
