import { expect } from 'chai';
import sinon from 'sinon';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { withResilience } from '../../../../adapters/resilience/with-resilience.js';
import { faults, scriptedPort, times } from './scripted-port.js';

const GET = { TableName: 'orders', Key: { pk: 'a' } } as const;

describe('withResilience', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => { clock = sinon.useFakeTimers(); });
  afterEach(() => { clock.restore(); });

  async function settle(call: Promise<unknown>): Promise<unknown> {
    const outcome = call.then(() => 'ok', (error: unknown) => error);
    await clock.runAllAsync();
    return outcome;
  }

  it('puts the breaker outside the retries: throttling that retries absorb never opens the circuit', async () => {
    const port = scriptedPort(times(9, { fail: faults.throttling() }));
    const resilient = withResilience(port, { random: () => 0.5 });
    expect(await settle(resilient.getItem(GET))).to.equal('ok');
    expect(port.calls).to.have.length(10);
    expect(await settle(resilient.getItem(GET))).to.equal('ok');
  });

  it('counts one failure per call whose retries gave up, and once open spends no attempts at all', async () => {
    const port = scriptedPort([], { fail: faults.internal() });
    const resilient = withResilience(port, { random: () => 0.5 });
    for (let call = 0; call < 5; call += 1) await settle(resilient.getItem(GET));
    expect(port.calls).to.have.length(15);
    const refused = await settle(resilient.getItem(GET));
    expect(DynamoDbError.is(refused) && refused.reason).to.equal('CircuitOpen');
    expect(port.calls).to.have.length(15);
  });

  it('leaves out the retries or the breaker when told to', async () => {
    const noRetries = scriptedPort([], { fail: faults.internal() });
    const withoutRetries = withResilience(noRetries, { retry: false });
    for (let call = 0; call < 5; call += 1) await settle(withoutRetries.getItem(GET));
    expect(noRetries.calls).to.have.length(5);
    expect(DynamoDbError.is(await settle(withoutRetries.getItem(GET)))).to.equal(true);
    expect(noRetries.calls).to.have.length(5);

    const noBreaker = scriptedPort([], { fail: faults.internal() });
    const withoutBreaker = withResilience(noBreaker, { circuitBreaker: false, retry: { internalServerError: { maxAttempts: 1 } } });
    for (let call = 0; call < 8; call += 1) await settle(withoutBreaker.getItem(GET));
    expect(noBreaker.calls).to.have.length(8);
  });

  it('passes retry and breaker settings through', async () => {
    const port = scriptedPort([], { fail: faults.unavailable() });
    const resilient = withResilience(port, { retry: { serviceUnavailable: { maxAttempts: 2 } }, circuitBreaker: { failureThreshold: 1 } });
    await settle(resilient.getItem(GET));
    expect(port.calls).to.have.length(2);
    const refused = await settle(resilient.getItem(GET));
    expect(DynamoDbError.is(refused) && refused.reason).to.equal('CircuitOpen');
  });
});
