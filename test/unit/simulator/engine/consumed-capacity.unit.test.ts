import { expect } from 'chai';
import { engineFixture } from './engine-fixture.js';

const indexed = {
  sortKey: 'N' as const,
  extraAttributes: [
    { AttributeName: 'g', AttributeType: 'S' },
    { AttributeName: 'l', AttributeType: 'B' },
  ],
  globalIndexes: [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
  localIndexes: [{ IndexName: 'lsi', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
};

const key = { pk: { S: 'b' }, sk: { N: '1' } };
const capacity = (result: Record<string, unknown>): unknown => result['ConsumedCapacity'];

// The figures were read from DynamoDB Local for the same requests.
describe('engine: consumed capacity', () => {
  it('charges writes by the larger of the old and new item, and index writes by what changes in the index', () => {
    const { run } = engineFixture(indexed);
    const put = (extra: Record<string, unknown>): unknown => capacity(run('PutItem', { TableName: 'items', Item: { ...key, ...extra }, ReturnConsumedCapacity: 'INDEXES' }));
    expect(put({ v: { S: 'x'.repeat(3000) } })).to.deep.equal({ TableName: 'items', CapacityUnits: 3, Table: { CapacityUnits: 3 } });
    expect(put({ g: { S: 'x' }, v: { S: 'x'.repeat(3000) } })).to.deep.equal({ TableName: 'items', CapacityUnits: 4, Table: { CapacityUnits: 3 }, GlobalSecondaryIndexes: { gsi: { CapacityUnits: 1 } } });
    expect(put({ g: { S: 'x' }, v: { S: 'x'.repeat(100) } })).to.deep.equal({ TableName: 'items', CapacityUnits: 3, Table: { CapacityUnits: 3 } });
    expect(put({ g: { S: 'y' }, v: { S: 'x'.repeat(100) } })).to.deep.equal({ TableName: 'items', CapacityUnits: 3, Table: { CapacityUnits: 1 }, GlobalSecondaryIndexes: { gsi: { CapacityUnits: 2 } } });
    expect(put({ g: { S: 'y' }, l: { B: new Uint8Array(3) }, v: { S: 'x'.repeat(100) } })).to.deep.equal({
      TableName: 'items',
      CapacityUnits: 2,
      Table: { CapacityUnits: 1 },
      LocalSecondaryIndexes: { lsi: { CapacityUnits: 1 } },
    });
    expect(capacity(run('DeleteItem', { TableName: 'items', Key: key, ReturnConsumedCapacity: 'INDEXES' }))).to.deep.equal({
      TableName: 'items',
      CapacityUnits: 3,
      Table: { CapacityUnits: 1 },
      LocalSecondaryIndexes: { lsi: { CapacityUnits: 1 } },
      GlobalSecondaryIndexes: { gsi: { CapacityUnits: 1 } },
    });
    expect(capacity(run('DeleteItem', { TableName: 'items', Key: key, ReturnConsumedCapacity: 'TOTAL' }))).to.deep.equal({ TableName: 'items', CapacityUnits: 1 });
  });

  it('charges reads by 4 KB units, half for eventually consistent reads, Query and Scan on their total', () => {
    const { run } = engineFixture(indexed);
    for (let index = 0; index < 6; index++) run('PutItem', { TableName: 'items', Item: { pk: { S: 'p' }, sk: { N: String(index) }, g: { S: 'G' }, v: { S: 'x'.repeat(1000) } } });
    expect(capacity(run('GetItem', { TableName: 'items', Key: { pk: { S: 'nope' }, sk: { N: '1' } }, ReturnConsumedCapacity: 'TOTAL' }))).to.deep.equal({ TableName: 'items', CapacityUnits: 0.5 });
    const query = (extra: Record<string, unknown>): unknown =>
      capacity(run('Query', { TableName: 'items', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ReturnConsumedCapacity: 'TOTAL', ...extra }));
    expect(query({})).to.deep.equal({ TableName: 'items', CapacityUnits: 1 });
    expect(query({ ConsistentRead: true })).to.deep.equal({ TableName: 'items', CapacityUnits: 2 });
    expect(query({ Limit: 2 })).to.deep.equal({ TableName: 'items', CapacityUnits: 0.5 });
    expect(query({ Select: 'COUNT' })).to.deep.equal({ TableName: 'items', CapacityUnits: 1 });
    expect(query({ ExpressionAttributeValues: { ':p': { S: 'empty' } } })).to.deep.equal({ TableName: 'items', CapacityUnits: 0 });
    expect(
      capacity(run('Query', { TableName: 'items', IndexName: 'gsi', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, Limit: 2, ReturnConsumedCapacity: 'INDEXES' })),
    ).to.deep.equal({ TableName: 'items', CapacityUnits: 0.5, Table: { CapacityUnits: 0 }, GlobalSecondaryIndexes: { gsi: { CapacityUnits: 0.5 } } });
  });

  it('charges transactions double', () => {
    const { run } = engineFixture({});
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'a' }, big: { S: 'x'.repeat(3000) } } });
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'b' }, big: { S: 'x'.repeat(3000) } } });
    const write = run('TransactWriteItems', {
      TransactItems: [{ Put: { TableName: 'items', Item: { pk: { S: 'e' }, big: { S: 'x'.repeat(1500) } } } }, { Delete: { TableName: 'items', Key: { pk: { S: 'b' } } } }],
      ReturnConsumedCapacity: 'TOTAL',
    });
    expect(capacity(write)).to.deep.equal([{ TableName: 'items', CapacityUnits: 10 }]);
    const read = run('TransactGetItems', { TransactItems: [{ Get: { TableName: 'items', Key: { pk: { S: 'a' } } } }, { Get: { TableName: 'items', Key: { pk: { S: 'nope' } } } }], ReturnConsumedCapacity: 'TOTAL' });
    expect(capacity(read)).to.deep.equal([{ TableName: 'items', CapacityUnits: 4 }]);
  });

  it('charges deletes of missing items as DynamoDB Local does: two units in a batch, one in a transaction', () => {
    const { run } = engineFixture({});
    const batch = run('BatchWriteItem', { RequestItems: { items: [{ DeleteRequest: { Key: { pk: { S: 'a' } } } }, { DeleteRequest: { Key: { pk: { S: 'b' } } } }] }, ReturnConsumedCapacity: 'TOTAL' });
    expect(capacity(batch)).to.deep.equal([{ TableName: 'items', CapacityUnits: 4 }]);
    const transaction = run('TransactWriteItems', {
      TransactItems: [{ Delete: { TableName: 'items', Key: { pk: { S: 'a' } } } }, { Update: { TableName: 'items', Key: { pk: { S: 'c' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: 'x' } } } }],
      ReturnConsumedCapacity: 'TOTAL',
    });
    expect(capacity(transaction)).to.deep.equal([{ TableName: 'items', CapacityUnits: 3 }]);
  });

  it('reports item collection metrics for tables with local indexes', () => {
    const { run } = engineFixture(indexed, { name: 'plain' });
    const metrics = run('PutItem', { TableName: 'items', Item: { ...key, l: { B: new Uint8Array(3) } }, ReturnItemCollectionMetrics: 'SIZE' })['ItemCollectionMetrics'];
    expect(metrics).to.deep.equal({ ItemCollectionKey: { pk: { S: 'b' } }, SizeEstimateRangeGB: [0, 1] });
    expect(run('PutItem', { TableName: 'plain', Item: { pk: { S: 'b' } }, ReturnItemCollectionMetrics: 'SIZE' })).to.deep.equal({});
  });
});
