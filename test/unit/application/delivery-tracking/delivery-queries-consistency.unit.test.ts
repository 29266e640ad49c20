/**
 * A record just written must be in the next query by user: the table is read strongly
 * consistent. The indexes cannot be (DynamoDB refuses ConsistentRead on a global index), so
 * queries by type and status must not ask for it.
 */
import { expect } from 'chai';
import { createDeliveryTracker } from '../../../../application/delivery-tracking/create-delivery-tracker.js';
import { closeContainer, createContainer } from '../../../../application/container.js';
import { TOKENS } from '../../../../application/tokens.js';
import type { TableNames } from '../../../../application/composition/store-bindings.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { QueryInput } from '../../../../ports/dynamo-db-read-types.js';
import type { Clock } from '../../../../ports/clock.js';

describe('DeliveryTracker queries and consistency', () => {
  it('reads the table strongly consistent and the indexes eventually consistent', async () => {
    const container = createContainer({ storage: 'simulator' });
    try {
      const port = container.get<DynamoDbPort>(TOKENS.DynamoDbPort);
      const queries: QueryInput[] = [];
      const watched = createDynamoDbPort((operation, input) => {
        if (operation === 'Query') queries.push(input as QueryInput);
        return port.send(operation, input);
      });
      const tracker = createDeliveryTracker({ port: watched, clock: container.get<Clock>(TOKENS.Clock), ids: { newId: () => 'w' }, tableName: container.get<TableNames>(TOKENS.TableNames).get('DeliveryTracking') });
      await tracker.record({ userId: 'ada', eventId: 'e-1', eventType: 'Ping', timestamp: new Date().toISOString(), payload: {} });
      expect((await tracker.queryByUser('ada')).items).to.have.length(1);
      await tracker.queryByEventType('ada', 'Ping');
      await tracker.queryByStatus('ada', 'pending');
      expect(queries.map((query) => [query.IndexName ?? 'table', query.ConsistentRead])).to.deep.equal([
        ['table', true],
        ['EventTypeIndex', false],
        ['StatusIndex', false],
      ]);
    } finally {
      await closeContainer(container);
    }
  });
});
