import { expect } from 'chai';
import fc from 'fast-check';
import sinon from 'sinon';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { fullJitterDelay } from '../../../../adapters/resilience/full-jitter-delay.js';
import { DEFAULT_RETRY_POLICY, resolveRetryPolicy } from '../../../../adapters/resilience/retry-policy.js';
import { withRetries, type RetryEvent } from '../../../../adapters/resilience/with-retries.js';
import { faults, scriptedPort, times, type ScriptedPort } from './scripted-port.js';

const GET = { TableName: 'orders', Key: { pk: 'a' } } as const;

/** Runs a call to completion under fake time; returns its outcome and the gaps between attempts. */
async function run(port: ScriptedPort, clock: sinon.SinonFakeTimers, call: () => Promise<unknown>): Promise<{ result?: unknown; error?: unknown; gaps: number[] }> {
  const settled = call().then(
    (result: unknown) => ({ result }),
    (error: unknown) => ({ error }),
  );
  await clock.runAllAsync();
  const outcome = await settled;
  const gaps = port.calls.slice(1).map((call, index) => call.at - (port.calls[index]?.at ?? 0));
  return { ...outcome, gaps };
}

/** The delays full jitter gives with a constant random fraction. */
function expectedGaps(count: number, base: number, fraction: number, cap = DEFAULT_RETRY_POLICY.maxDelayMs): number[] {
  return Array.from({ length: count }, (_, index) => Math.floor(fraction * Math.min(cap, base * 2 ** index)));
}

describe('withRetries', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => { clock = sinon.useFakeTimers(); });
  afterEach(() => { clock.restore(); });

  const perReason: [string, () => DynamoDbError, number, number][] = [
    ['ThrottlingException', faults.throttling, 10, 50],
    ['ProvisionedThroughputExceededException', faults.provisionedThroughput, 10, 50],
    ['RequestLimitExceeded', faults.requestLimit, 10, 50],
    ['TransactionCanceledException caused by throttling', faults.canceledByThrottling, 10, 50],
    ['InternalServerError', faults.internal, 3, 100],
    ['ServiceUnavailable', faults.unavailable, 3, 500],
    ['a lost connection', faults.network, 3, 500],
    ['a timeout', faults.timeout, 3, 500],
    ['TransactionConflictException', faults.transactionConflict, 3, 100],
    ['TransactionCanceledException caused by a transaction conflict', faults.canceledByConflict, 3, 100],
    ['TransactionInProgressException', faults.transactionInProgress, 3, 100],
  ];
  for (const [name, fault, attempts, base] of perReason) {
    it(`tries ${name} ${attempts} times in all, waiting full-jitter backoff from ${base} ms, then throws the last error`, async () => {
      const errors = Array.from({ length: attempts + 1 }, fault);
      const port = scriptedPort(errors.map((error) => ({ fail: error })));
      const retried = withRetries(port, {}, { random: () => 0.5 });
      const { error, gaps } = await run(port, clock, () => retried.getItem(GET));
      expect(port.calls).to.have.length(attempts);
      expect(error).to.equal(errors[attempts - 1]);
      expect(gaps).to.deep.equal(expectedGaps(attempts - 1, base, 0.5));
    });
  }

  it('returns the output of the first attempt that succeeds', async () => {
    const port = scriptedPort([...times(3, { fail: faults.throttling() }), { ok: { Item: { pk: 'a', n: 1 } } }]);
    const { result } = await run(port, clock, () => withRetries(port, {}, { random: () => 0.3 }).getItem(GET));
    expect(result).to.deep.equal({ Item: { pk: 'a', n: 1 } });
    expect(port.calls).to.have.length(4);
  });

  const never: [string, () => DynamoDbError][] = [
    ['ConditionalCheckFailedException', faults.conditionFailed],
    ['ValidationException', faults.validation],
    ['ResourceNotFoundException', faults.notFound],
    ['AccessDeniedException', faults.accessDenied],
    ['TransactionCanceledException caused by a failed condition', faults.canceledByCondition],
    ['a CircuitOpen refusal', () => new DynamoDbError({ kind: 'service', reason: 'CircuitOpen', errorName: 'CircuitOpenError', message: 'open', retryable: false })],
  ];
  for (const [name, fault] of never) {
    it(`never retries ${name}`, async () => {
      const error = fault();
      const port = scriptedPort([{ fail: error }]);
      const outcome = await run(port, clock, () => withRetries(port).putItem({ TableName: 'orders', Item: { pk: 'a' } }));
      expect(outcome.error).to.equal(error);
      expect(port.calls).to.have.length(1);
    });
  }

  it('does not retry what is not a DynamoDbError', async () => {
    const bug = new TypeError('not a port error');
    const port = scriptedPort([{ fail: bug }]);
    const outcome = await run(port, clock, () => withRetries(port).getItem(GET));
    expect(outcome.error).to.equal(bug);
    expect(port.calls).to.have.length(1);
  });

  it('never waits longer than maxDelayMs', async () => {
    const port = scriptedPort(times(10, { fail: faults.throttling() }));
    const { gaps } = await run(port, clock, () => withRetries(port, { maxDelayMs: 300 }, { random: () => 0.999 }).getItem(GET));
    expect(gaps).to.deep.equal(expectedGaps(9, 50, 0.999, 300));
    expect(Math.max(...gaps)).to.equal(299);
  });

  it('takes attempts and base delay per category from the policy, the rest from the defaults', async () => {
    const policy = resolveRetryPolicy({ throttling: { maxAttempts: 2 }, internalServerError: { baseDelayMs: 7 } });
    expect(policy.throttling).to.deep.equal({ maxAttempts: 2, baseDelayMs: 50 });
    expect(policy.internalServerError).to.deep.equal({ maxAttempts: 3, baseDelayMs: 7 });
    expect(policy.serviceUnavailable).to.deep.equal(DEFAULT_RETRY_POLICY.serviceUnavailable);

    const throttled = scriptedPort(times(5, { fail: faults.throttling() }));
    await run(throttled, clock, () => withRetries(throttled, policy, { random: () => 0.5 }).getItem(GET));
    expect(throttled.calls).to.have.length(2);

    const failing = scriptedPort(times(5, { fail: faults.internal() }));
    const { gaps } = await run(failing, clock, () => withRetries(failing, policy, { random: () => 0.5 }).getItem(GET));
    expect(gaps).to.deep.equal([3, 7]);
  });

  it('lets the rule of the latest failure decide, counting every attempt of the call', async () => {
    const port = scriptedPort([{ fail: faults.throttling() }, { fail: faults.throttling() }, { fail: faults.internal() }, { ok: {} }]);
    const outcome = await run(port, clock, () => withRetries(port).getItem(GET));
    expect(port.calls).to.have.length(3);
    expect(DynamoDbError.is(outcome.error) && outcome.error.reason).to.equal('InternalServerError');
  });

  it('rejects a policy that makes no sense, naming the setting', () => {
    expect(() => resolveRetryPolicy({ throttling: { maxAttempts: 0 } })).to.throw(RangeError, 'throttling.maxAttempts');
    expect(() => resolveRetryPolicy({ serviceUnavailable: { baseDelayMs: -1 } })).to.throw(RangeError, 'serviceUnavailable.baseDelayMs');
    expect(() => resolveRetryPolicy({ maxDelayMs: Number.NaN })).to.throw(RangeError, 'maxDelayMs');
    expect(() => resolveRetryPolicy({ transactionConflict: { maxAttempts: 1.5 } })).to.throw(RangeError, 'transactionConflict.maxAttempts');
  });

  it('reports every retry before waiting, and ignores an observer that throws', async () => {
    const events: RetryEvent[] = [];
    const errors = [faults.throttling(), faults.throttling()];
    const port = scriptedPort([...errors.map((error) => ({ fail: error })), { ok: {} }]);
    const onRetry = (event: RetryEvent): void => { events.push(event); throw new Error('observer bug'); };
    const { result } = await run(port, clock, () => withRetries(port, {}, { random: () => 0.5, onRetry }).getItem(GET));
    expect(result).to.deep.equal({});
    expect(events.map(({ attempt, maxAttempts, delayMs, category, operation }) => ({ attempt, maxAttempts, delayMs, category, operation }))).to.deep.equal([
      { attempt: 1, maxAttempts: 10, delayMs: 25, category: 'throttling', operation: 'GetItem' },
      { attempt: 2, maxAttempts: 10, delayMs: 50, category: 'throttling', operation: 'GetItem' },
    ]);
    expect(events[0]?.error).to.equal(errors[0]);
    expect(events[0]?.input).to.deep.equal(GET);
  });

  it('gives TransactWriteItems one ClientRequestToken for all its attempts, and keeps a token the caller chose', async () => {
    const transaction = { TransactItems: [{ Put: { TableName: 'orders', Item: { pk: 'a' } } }] };
    const port = scriptedPort([{ fail: faults.internal() }, { ok: {} }, { ok: {} }, { ok: {} }]);
    const retried = withRetries(port, {}, { clientRequestToken: () => 'token-1' });
    await run(port, clock, () => retried.transactWriteItems(transaction));
    expect(port.calls.map((call) => (call.input as { ClientRequestToken?: string }).ClientRequestToken)).to.deep.equal(['token-1', 'token-1']);
    expect(transaction).not.to.have.property('ClientRequestToken');

    await run(port, clock, () => retried.transactWriteItems({ ...transaction, ClientRequestToken: 'mine' }));
    expect((port.calls[2]?.input as { ClientRequestToken?: string }).ClientRequestToken).to.equal('mine');
    await run(port, clock, () => retried.putItem({ TableName: 'orders', Item: { pk: 'a' } }));
    expect(port.calls[3]?.input).to.deep.equal({ TableName: 'orders', Item: { pk: 'a' } });
  });
});

describe('fullJitterDelay', () => {
  it('stays in [0, min(cap, base * 2^(n-1))) for any random fraction, even one outside [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 60_000 }), fc.double({ min: -2, max: 3, noNaN: true }), (attempt, base, cap, fraction) => {
        const delay = fullJitterDelay(attempt, base, cap, () => fraction);
        const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
        expect(Number.isInteger(delay)).to.equal(true);
        expect(delay).to.be.at.least(0);
        if (ceiling > 0) expect(delay).to.be.below(ceiling);
        else expect(delay).to.equal(0);
      }),
      { numRuns: 200 },
    );
  });

  it('spreads over the whole window: near 0 for a small fraction, near the ceiling for a large one', () => {
    expect(fullJitterDelay(4, 100, 20_000, () => 0)).to.equal(0);
    expect(fullJitterDelay(4, 100, 20_000, () => 0.9999)).to.equal(799);
    expect(fullJitterDelay(20, 100, 20_000, () => 0.5)).to.equal(10_000);
  });
});
