import { expect } from 'chai';
import { engineFixture, expectError } from './engine-fixture.js';

const keys = (count: number, prefix = 'k'): Record<string, unknown>[] => Array.from({ length: count }, (_, index) => ({ pk: { S: `${prefix}${index}` } }));

describe('engine: BatchGetItem and BatchWriteItem', () => {
  it('reads keys over several tables with their own projections', () => {
    const { run } = engineFixture({ name: 'first' }, { name: 'second' });
    run('PutItem', { TableName: 'first', Item: { pk: { S: 'a' }, v: { N: '1' } } });
    run('PutItem', { TableName: 'second', Item: { pk: { S: 'b' }, v: { N: '2' } } });
    const result = run('BatchGetItem', {
      RequestItems: {
        first: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'missing' } }], ProjectionExpression: 'v' },
        second: { Keys: [{ pk: { S: 'b' } }], ConsistentRead: true },
      },
      ReturnConsumedCapacity: 'TOTAL',
    });
    expect(result).to.deep.equal({
      Responses: { first: [{ v: { N: '1' } }], second: [{ pk: { S: 'b' }, v: { N: '2' } }] },
      UnprocessedKeys: {},
      ConsumedCapacity: [
        { TableName: 'first', CapacityUnits: 0.5 },
        { TableName: 'second', CapacityUnits: 1 },
      ],
    });
  });

  it('refuses more than 100 keys, duplicates, and unknown tables', () => {
    const { fail } = engineFixture({ name: 'first' }, { name: 'second' });
    expectError(fail('BatchGetItem', { RequestItems: { first: { Keys: keys(51) }, second: { Keys: keys(50) } } }), 'ValidationException', 'Too many items requested for the BatchGetItem call');
    expectError(fail('BatchGetItem', { RequestItems: { first: { Keys: [...keys(2), ...keys(1)] } } }), 'ValidationException', 'Provided list of item keys contains duplicates');
    expectError(fail('BatchGetItem', { RequestItems: { 'nope-nope': { Keys: keys(1) } } }), 'ResourceNotFoundException', 'Requested resource not found');
    expectError(fail('BatchGetItem', { RequestItems: { first: { Keys: [{ pk: { N: '1' } }] } } }), 'ValidationException', 'The provided key element does not match the schema');
  });

  it('writes puts and deletes over several tables, and reports capacity per table', () => {
    const { run, changes } = engineFixture({ name: 'first' }, { name: 'second' });
    run('PutItem', { TableName: 'second', Item: { pk: { S: 'gone' }, v: { S: 'x'.repeat(5000) } } });
    const result = run('BatchWriteItem', {
      RequestItems: {
        first: [{ PutRequest: { Item: { pk: { S: 'a' }, v: { S: 'x'.repeat(2000) } } } }],
        second: [{ DeleteRequest: { Key: { pk: { S: 'gone' } } } }],
      },
      ReturnConsumedCapacity: 'INDEXES',
    });
    expect(result).to.deep.equal({
      UnprocessedItems: {},
      ConsumedCapacity: [
        { TableName: 'first', CapacityUnits: 2, Table: { CapacityUnits: 2 } },
        { TableName: 'second', CapacityUnits: 5, Table: { CapacityUnits: 5 } },
      ],
    });
    expect(changes.map((change) => `${change.table.name} ${change.eventName}`)).to.deep.equal(['second INSERT', 'first INSERT', 'second REMOVE']);
  });

  it('refuses more than 25 writes, two on one item, and writes nothing then', () => {
    const { fail, run } = engineFixture({ name: 'first' });
    const puts = (count: number): unknown[] => keys(count).map((Item) => ({ PutRequest: { Item } }));
    // 26 requests for one table break the model's bound, reported on the map; 26 over two tables are counted.
    const overlong = fail('BatchWriteItem', { RequestItems: { first: puts(26) } });
    expect(overlong.message).to.match(/^1 validation error detected: Value '\{first=\[(com\.amazonaws\.dynamodb\.v20120810\.WriteRequest@[0-9a-f]+(, )?){26}\]\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]$/u);
    expectError(fail('BatchWriteItem', { RequestItems: { first: puts(13), other: puts(13) } }), 'ValidationException', 'Too many items requested for the BatchWriteItem call');
    expectError(fail('BatchWriteItem', { RequestItems: { first: [] } }), 'ValidationException',
      "1 validation error detected: Value '{first=[]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
    expectError(
      fail('BatchWriteItem', { RequestItems: { first: [...puts(2), { DeleteRequest: { Key: { pk: { S: 'k1' } } } }] } }),
      'ValidationException',
      'Provided list of item keys contains duplicates',
    );
    expectError(
      fail('BatchWriteItem', { RequestItems: { first: [...puts(2), { PutRequest: { Item: { v: { S: 'no key' } } } }] } }),
      'ValidationException',
      'One or more parameter values were invalid: Missing the key pk in the item',
    );
    expect(run('Scan', { TableName: 'first', Select: 'COUNT' })['Count']).to.equal(0);
  });
});
