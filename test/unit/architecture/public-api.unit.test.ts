/**
 * The package as users import it: by its name, through package.json's `exports` (so this needs
 * the build, which `npm test` runs first).
 */
import { expect } from 'chai';
import type * as Api from '../../../application/index.js';
import type { MessageStore } from '../../../ports/message-store.js';

// Specifiers in variables: the compiler must not resolve the package to its own (not yet built) output.
const PACKAGE = 'dynamo-hexagon';
const CONTRACTS = 'dynamo-hexagon/contracts';

interface PublicApi {
  readonly [name: string]: unknown;
}

describe('the public API (import of the package by name)', () => {
  it('exports the container, the stores, the adapters, the decorators and provisioning', async () => {
    const api = (await import(PACKAGE)) as PublicApi;
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
    const api = (await import(PACKAGE)) as typeof Api;
    const container = api.createContainer({ storage: 'simulator' });
    try {
      const messages = container.get<MessageStore>(api.TOKENS.MessageStore);
      expect((await messages.put({ eventId: 'e-1', eventType: 'Ping', payload: { hello: 'world' } })).outcome).to.equal('accepted');
      expect((await messages.get('e-1'))?.payload).to.deep.equal({ hello: 'world' });
    } finally {
      await api.closeContainer(container);
    }
  });

  it('exports the contract suites as ./contracts', async () => {
    const contracts = (await import(CONTRACTS)) as PublicApi;
    expect(contracts['describeDynamoDbPortContract']).to.be.a('function');
  });
});
