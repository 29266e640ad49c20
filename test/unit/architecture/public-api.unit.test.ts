/**
 * The package as users import it: by its name, through package.json's `exports` (so this needs
 * the build, which `npm test` runs first).
 */
import { expect } from 'chai';

interface PublicApi {
  readonly [name: string]: unknown;
}

describe('the public API (import of the package by name)', () => {
  it('exports the container, the stores, the adapters, the decorators and provisioning', async () => {
    const api = (await import('dynamo-hexagon')) as PublicApi;
    const expected = [
      'createContainer', 'closeContainer', 'TOKENS', 'ContainerOptionsError',
      'DynamoDbError', 'createDynamoDbPort', 'ConcurrencyError',
      'createEventStore', 'createCommandHandler', 'createMessageStore', 'createDeliveryTracker', 'createIngestionHandler',
      'paginateQuery', 'paginateScan', 'parallelScan', 'batchWriteAll', 'batchGetAll',
      'ensureTables', 'verifyTable', 'cloudFormationTemplate', 'iamPolicies',
      'createAwsDynamoDbPort', 'createSimulator', 'createManualClock', 'createRecordReplayPort',
      'withResilience', 'withTelemetry', 'createInMemoryTelemetry', 'NumberValue',
      'ALL_TABLE_SPECS', 'defineTableSpec',
    ];
    for (const name of expected) expect(api[name], name).to.not.equal(undefined);
  });

  it('runs the embedded simulator through the container, as the README shows', async () => {
    const api = (await import('dynamo-hexagon')) as typeof import('../../../application/index.js');
    const container = api.createContainer({ storage: 'simulator' });
    try {
      const messages = container.get<import('../../../ports/message-store.js').MessageStore>(api.TOKENS.MessageStore);
      expect((await messages.put({ eventId: 'e-1', eventType: 'Ping', payload: { hello: 'world' } })).outcome).to.equal('accepted');
      expect((await messages.get('e-1'))?.payload).to.deep.equal({ hello: 'world' });
    } finally {
      await api.closeContainer(container);
    }
  });

  it('exports the contract suites as ./contracts', async () => {
    const contracts = (await import('dynamo-hexagon/contracts')) as PublicApi;
    expect(contracts['describeDynamoDbPortContract']).to.be.a('function');
  });
});
