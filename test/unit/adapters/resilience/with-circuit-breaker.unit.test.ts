import { expect } from 'chai';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { Clock } from '../../../../ports/clock.js';
import type { CircuitStateChange } from '../../../../adapters/resilience/circuit-breaker-options.js';
import { resolveBreakerOptions } from '../../../../adapters/resilience/circuit-breaker-options.js';
import { withCircuitBreaker } from '../../../../adapters/resilience/with-circuit-breaker.js';
import { faults, scriptedPort, times, type Step } from './scripted-port.js';

const GET = { TableName: 'orders', Key: { pk: 'a' } } as const;

function manualClock(): Clock & { advance(ms: number): void } {
  let now = 1_000_000;
  return { now: () => now, advance: (ms) => { now += ms; } };
}

async function outcomeOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(() => 'ok', (error: unknown) => error);
}

function expectCircuitOpen(outcome: unknown, operation = 'GetItem'): void {
  expect(DynamoDbError.is(outcome), String(outcome)).to.equal(true);
  const error = outcome as DynamoDbError;
  expect({ kind: error.kind, reason: error.reason, errorName: error.errorName, retryable: error.retryable, operation: error.operation }).to.deep.equal({
    kind: 'service',
    reason: 'CircuitOpen',
    errorName: 'CircuitOpenError',
    retryable: false,
    operation,
  });
}

/** A breaker over a scripted port that fails `failures` times, then answers. */
function setup(steps: readonly Step[], options = {}) {
  const clock = manualClock();
  const changes: CircuitStateChange[] = [];
  const port = scriptedPort(steps);
  const guarded = withCircuitBreaker(port, { onStateChange: (change) => changes.push(change), ...options }, clock);
  return { clock, port, guarded, changes, states: () => changes.map(({ to }) => to) };
}

describe('withCircuitBreaker', () => {
  it('opens after 5 consecutive service failures; then calls fail at once with a typed CircuitOpen error', async () => {
    const { port, guarded, states, changes } = setup(times(5, { fail: faults.unavailable() }));
    for (let call = 0; call < 4; call += 1) await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal([]);
    await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal(['open']);
    expect(DynamoDbError.is(changes[0]?.error) && changes[0].error.reason).to.equal('ServiceUnavailable');

    expectCircuitOpen(await outcomeOf(guarded.getItem(GET)));
    expectCircuitOpen(await outcomeOf(guarded.putItem({ TableName: 'orders', Item: { pk: 'b' } })), 'PutItem');
    expect(port.calls).to.have.length(5);
  });

  it('counts throttling, lost connections and timeouts as failures', async () => {
    const { guarded, states } = setup([{ fail: faults.throttling() }, { fail: faults.network() }, { fail: faults.timeout() }, { fail: faults.internal() }, { fail: faults.requestLimit() }]);
    for (let call = 0; call < 5; call += 1) await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal(['open']);
  });

  it("never opens on the caller's own errors, which also end a run of failures", async () => {
    const callerErrors = [faults.conditionFailed(), faults.validation(), faults.notFound(), faults.accessDenied(), faults.canceledByCondition()];
    const { guarded, states, port } = setup([
      ...times(4, { fail: faults.internal() }),
      ...callerErrors.map((error) => ({ fail: error })),
      ...times(4, { fail: faults.internal() }),
    ]);
    for (let call = 0; call < 13; call += 1) await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal([]);
    expect(port.calls).to.have.length(13);
  });

  it('starts counting again after a success', async () => {
    const { guarded, states } = setup([...times(4, { fail: faults.internal() }), { ok: {} }, ...times(4, { fail: faults.internal() })]);
    for (let call = 0; call < 9; call += 1) await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal([]);
  });

  it('half-opens after 30 s, and closes after 2 successful probes', async () => {
    const { clock, guarded, states, port } = setup(times(5, { fail: faults.internal() }));
    for (let call = 0; call < 5; call += 1) await outcomeOf(guarded.getItem(GET));
    clock.advance(29_999);
    expectCircuitOpen(await outcomeOf(guarded.getItem(GET)));
    expect(port.calls).to.have.length(5);
    clock.advance(1);
    expect(await outcomeOf(guarded.getItem(GET))).to.equal('ok');
    expect(states()).to.deep.equal(['open', 'half-open']);
    expect(await outcomeOf(guarded.getItem(GET))).to.equal('ok');
    expect(states()).to.deep.equal(['open', 'half-open', 'closed']);
    expect(port.calls).to.have.length(7);
  });

  it('reopens on a failed probe, and waits the whole timeout again', async () => {
    const { clock, guarded, states } = setup([...times(5, { fail: faults.internal() }), { ok: {} }, { fail: faults.unavailable() }]);
    for (let call = 0; call < 5; call += 1) await outcomeOf(guarded.getItem(GET));
    clock.advance(30_000);
    expect(await outcomeOf(guarded.getItem(GET))).to.equal('ok');
    await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal(['open', 'half-open', 'open']);
    clock.advance(29_999);
    expectCircuitOpen(await outcomeOf(guarded.getItem(GET)));
    clock.advance(1);
    expect(await outcomeOf(guarded.getItem(GET))).to.equal('ok');
  });

  it('lets only as many probes through at once as it needs successes; the rest are refused meanwhile', async () => {
    const release: (() => void)[] = [];
    const slow: Step = () => new Promise((resolve) => release.push(() => { resolve({}); }));
    const { clock, guarded, port } = setup([...times(5, { fail: faults.internal() }), slow, slow]);
    for (let call = 0; call < 5; call += 1) await outcomeOf(guarded.getItem(GET));
    clock.advance(30_000);
    const probes = [guarded.getItem(GET), guarded.getItem(GET)];
    const refused = await outcomeOf(guarded.getItem(GET));
    expectCircuitOpen(refused);
    expect((refused as Error).message).to.include('half-open');
    await new Promise((resolve) => setImmediate(resolve));
    release.forEach((done) => { done(); });
    await Promise.all(probes);
    expect(port.calls).to.have.length(7);
    expect(await outcomeOf(guarded.getItem(GET))).to.equal('ok');
  });

  it('ignores the outcome of a call that started before the circuit changed', async () => {
    let finish: (() => void) | undefined;
    const slow: Step = () => new Promise((resolve) => { finish = () => { resolve({}); }; });
    const { guarded, states } = setup([slow, ...times(5, { fail: faults.internal() })]);
    const early = guarded.getItem(GET);
    for (let call = 0; call < 5; call += 1) await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal(['open']);
    finish?.();
    await early;
    expectCircuitOpen(await outcomeOf(guarded.getItem(GET)));
    expect(states()).to.deep.equal(['open']);
  });

  it('takes thresholds, timeout and the failure predicate from its options', async () => {
    const { clock, guarded, states } = setup(times(2, { fail: faults.conditionFailed() }), {
      failureThreshold: 2,
      successThreshold: 1,
      resetTimeoutMs: 10,
      countsAsFailure: (error: unknown) => DynamoDbError.isConditionFailed(error),
    });
    await outcomeOf(guarded.getItem(GET));
    await outcomeOf(guarded.getItem(GET));
    expect(states()).to.deep.equal(['open']);
    clock.advance(10);
    expect(await outcomeOf(guarded.getItem(GET))).to.equal('ok');
    expect(states()).to.deep.equal(['open', 'half-open', 'closed']);
  });

  it('rejects settings that make no sense, naming the setting', () => {
    expect(() => resolveBreakerOptions({ failureThreshold: 0 })).to.throw(RangeError, 'failureThreshold');
    expect(() => resolveBreakerOptions({ successThreshold: 1.5 })).to.throw(RangeError, 'successThreshold');
    expect(() => resolveBreakerOptions({ resetTimeoutMs: -1 })).to.throw(RangeError, 'resetTimeoutMs');
    expect(resolveBreakerOptions({ successThreshold: 3 }).halfOpenMaxConcurrent).to.equal(3);
  });

  it('keeps working when the state observer throws', async () => {
    const { guarded } = setup(times(5, { fail: faults.internal() }), { onStateChange: () => { throw new Error('observer bug'); } });
    for (let call = 0; call < 5; call += 1) await outcomeOf(guarded.getItem(GET));
    expectCircuitOpen(await outcomeOf(guarded.getItem(GET)));
  });
});
