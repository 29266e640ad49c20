import { expect } from 'chai';
import sinon from 'sinon';
import { createInMemoryTelemetry } from '../../../adapters/telemetry/create-in-memory-telemetry.js';
import { METRICS } from '../../../adapters/telemetry/metric-names.js';
import { ContainerOptionsError } from '../../../application/container-options-error.js';
import { createContainer } from '../../../application/container.js';
import { TOKENS } from '../../../application/tokens.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';

// Nothing listens on port 1: every call fails at once with a refused connection (a retryable
// Network service error), without DynamoDB Local.
const UNREACHABLE = { storage: 'aws', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } } as const;

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(() => undefined, (error: unknown) => error);
}

describe('createContainer: resilience and telemetry', () => {
  it('binds the raw adapter and, as DynamoDbPort, the adapter behind retries, breaker and telemetry', async () => {
    const telemetry = createInMemoryTelemetry();
    const container = createContainer({
      ...UNREACHABLE,
      telemetry,
      resilience: { retry: { serviceUnavailable: { maxAttempts: 2, baseDelayMs: 0 } }, circuitBreaker: { failureThreshold: 1 } },
    });
    const port = container.get<DynamoDbPort>(TOKENS.DynamoDbPort);
    const raw = container.get<DynamoDbPort>(TOKENS.RawDynamoDbPort);
    expect(port).not.to.equal(raw);

    const first = await failureOf(port.getItem({ TableName: 't', Key: { pk: 'a' } }));
    expect(DynamoDbError.is(first) && first.reason).to.equal('Network');
    expect(telemetry.counter(METRICS.retries, { category: 'serviceUnavailable' })).to.equal(1);
    expect(telemetry.counter(METRICS.circuitTransitions, { to: 'open' })).to.equal(1);

    const refused = await failureOf(port.getItem({ TableName: 't', Key: { pk: 'a' } }));
    expect(DynamoDbError.is(refused) && refused.reason).to.equal('CircuitOpen');
    expect(telemetry.spans.map((span) => span.attributes['error_type'])).to.deep.equal(['service', 'service']);

    const direct = await failureOf(raw.getItem({ TableName: 't', Key: { pk: 'a' } }));
    expect(DynamoDbError.is(direct) && direct.reason).to.equal('Network');
    expect(telemetry.spans).to.have.length(2);
  });

  it('retries with the default policy when no resilience options are given', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      const telemetry = createInMemoryTelemetry();
      const port = createContainer({ ...UNREACHABLE, telemetry }).get<DynamoDbPort>(TOKENS.DynamoDbPort);
      const outcome = failureOf(port.getItem({ TableName: 't', Key: { pk: 'a' } }));
      while (telemetry.counter(METRICS.operations) === 0) await clock.tickAsync(100);
      expect(DynamoDbError.is(await outcome)).to.equal(true);
      expect(telemetry.counter(METRICS.retries, { category: 'serviceUnavailable' })).to.equal(2);
    } finally {
      clock.restore();
    }
  });

  it('leaves both layers out when told to', async () => {
    const telemetry = createInMemoryTelemetry();
    const port = createContainer({ ...UNREACHABLE, telemetry, resilience: { retry: false, circuitBreaker: false } }).get<DynamoDbPort>(TOKENS.DynamoDbPort);
    for (let call = 0; call < 6; call += 1) await failureOf(port.getItem({ TableName: 't', Key: { pk: 'a' } }));
    expect(telemetry.counter(METRICS.retries)).to.equal(0);
    expect(telemetry.counter(METRICS.errors, { reason: 'Network' })).to.equal(6);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['resilience', { resilience: 'yes' }, 'resilience'],
    ['an unknown resilience setting', { resilience: { retries: {} } }, 'resilience.retries'],
    ['a retry category that is not an object', { resilience: { retry: { throttling: 3 } } }, 'resilience.retry.throttling'],
    ['zero attempts', { resilience: { retry: { throttling: { maxAttempts: 0 } } } }, 'resilience.retry.throttling.maxAttempts'],
    ['a negative base delay', { resilience: { retry: { internalServerError: { baseDelayMs: -5 } } } }, 'resilience.retry.internalServerError.baseDelayMs'],
    ['an unknown retry category', { resilience: { retry: { conditionalCheck: { maxAttempts: 2 } } } }, 'resilience.retry.conditionalCheck'],
    ['a fractional failure threshold', { resilience: { circuitBreaker: { failureThreshold: 2.5 } } }, 'resilience.circuitBreaker.failureThreshold'],
    ['a negative reset timeout', { resilience: { circuitBreaker: { resetTimeoutMs: -1 } } }, 'resilience.circuitBreaker.resetTimeoutMs'],
    ['a failure predicate that is not a function', { resilience: { circuitBreaker: { countsAsFailure: true } } }, 'resilience.circuitBreaker.countsAsFailure'],
    ['telemetry without a logger', { telemetry: { metrics: {}, tracer: {} } }, 'telemetry.logger.log'],
    ['telemetry with a broken tracer', { telemetry: { ...createInMemoryTelemetry(), tracer: {} } }, 'telemetry.tracer.startSpan'],
  ];
  for (const [name, options, option] of invalid) {
    it(`rejects ${name} with a ContainerOptionsError naming \`${option}\``, () => {
      let thrown: unknown;
      try {
        createContainer({ ...UNREACHABLE, ...options });
      } catch (error) {
        thrown = error;
      }
      expect(ContainerOptionsError.is(thrown), String(thrown)).to.equal(true);
      expect((thrown as ContainerOptionsError).option).to.equal(option);
      expect((thrown as Error).message).to.include(`\`${option}\``);
    });
  }
});
