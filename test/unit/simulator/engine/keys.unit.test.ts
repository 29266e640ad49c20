import { expect } from 'chai';
import { engineFixture, expectError } from './engine-fixture.js';

const withIndexes = {
  sortKey: 'N' as const,
  extraAttributes: [
    { AttributeName: 'g', AttributeType: 'S' },
    { AttributeName: 'l', AttributeType: 'B' },
  ],
  globalIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
  localIndexes: [{ IndexName: 'byL', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
};

describe('engine: keys', () => {
  const schemaMismatch = 'The provided key element does not match the schema';

  it('refuses Key parameters that are not exactly the table key with its types', () => {
    const { fail } = engineFixture({ sortKey: 'N' });
    for (const operation of ['GetItem', 'DeleteItem', 'UpdateItem']) {
      for (const Key of [{ pk: { S: 'a' } }, { pk: { S: 'a' }, sk: { N: '1' }, x: { S: 'x' } }, { pk: { N: '1' }, sk: { N: '1' } }, { pk: { S: 'a' }, sk: { S: '1' } }, {}, { sk: { N: '1' } }]) {
        expectError(fail(operation, { TableName: 'items', Key }), 'ValidationException', schemaMismatch);
      }
    }
  });

  it('refuses empty key values and oversized keys', () => {
    const { fail, run } = engineFixture({ sortKey: 'B' });
    expectError(
      fail('GetItem', { TableName: 'items', Key: { pk: { S: '' }, sk: { B: new Uint8Array(1) } } }),
      'ValidationException',
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk',
    );
    expectError(
      fail('PutItem', { TableName: 'items', Item: { pk: { S: 'a' }, sk: { B: new Uint8Array(0) } } }),
      'ValidationException',
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: sk',
    );
    const hashTooLong = 'One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes';
    const rangeTooLong = 'One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes';
    expectError(fail('PutItem', { TableName: 'items', Item: { pk: { S: 'x'.repeat(2049) }, sk: { B: new Uint8Array(1025) } } }), 'ValidationException', hashTooLong);
    expectError(fail('GetItem', { TableName: 'items', Key: { pk: { S: 'a' }, sk: { B: new Uint8Array(1025) } } }), 'ValidationException', rangeTooLong);
    // A Key over 400 KB as a whole is an oversized item before it is an oversized key.
    expectError(fail('GetItem', { TableName: 'items', Key: { pk: { S: 'x'.repeat(409_600) }, sk: { B: new Uint8Array(1) } } }), 'ValidationException', 'Item size has exceeded the maximum allowed size');
    // Multi-byte characters count by their UTF-8 bytes: 1024 × 2 bytes.
    expect(run('PutItem', { TableName: 'items', Item: { pk: { S: 'é'.repeat(1024) }, sk: { B: new Uint8Array(1024) } } })).to.deep.equal({});
    expectError(fail('PutItem', { TableName: 'items', Item: { pk: { S: 'é'.repeat(1024) + 'x' }, sk: { B: new Uint8Array(1) } } }), 'ValidationException', hashTooLong);
    // A Query's partition key value is held to the same limit, its sort key values to theirs.
    const query = (values: Record<string, unknown>, condition: string) => fail('Query', { TableName: 'items', KeyConditionExpression: condition, ExpressionAttributeValues: values });
    expectError(query({ ':p': { S: 'x'.repeat(2049) } }, 'pk = :p'), 'ValidationException', hashTooLong);
    expectError(query({ ':p': { S: 'a' }, ':s': { B: new Uint8Array(1025) } }, 'pk = :p AND sk > :s'), 'ValidationException', rangeTooLong);
    expect(run('Query', { TableName: 'items', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'x'.repeat(2048) } } })).to.deep.include({ Count: 0 });
  });

  it('names the missing or mistyped key attribute of an item', () => {
    const { fail } = engineFixture({ sortKey: 'N' });
    expectError(fail('PutItem', { TableName: 'items', Item: { sk: { N: '1' } } }), 'ValidationException', 'One or more parameter values were invalid: Missing the key pk in the item');
    expectError(fail('PutItem', { TableName: 'items', Item: { pk: { S: 'a' } } }), 'ValidationException', 'One or more parameter values were invalid: Missing the key sk in the item');
    expectError(
      fail('PutItem', { TableName: 'items', Item: { pk: { N: '1' }, sk: { N: '1' } } }),
      'ValidationException',
      'One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N',
    );
    expectError(fail('PutItem', { TableName: 'items', Item: { pk: { S: 'a' }, sk: { SS: ['1'] } } }), 'ValidationException', 'Invalid attribute value type');
  });

  it('checks index key attributes an item carries', () => {
    const { fail, run } = engineFixture(withIndexes);
    const key = { pk: { S: 'a' }, sk: { N: '1' } };
    expectError(
      fail('PutItem', { TableName: 'items', Item: { ...key, g: { N: '1' } } }),
      'ValidationException',
      'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: byG',
    );
    expectError(
      fail('PutItem', { TableName: 'items', Item: { ...key, g: { S: '' } } }),
      'ValidationException',
      'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: byG, IndexKey: g',
    );
    expectError(
      fail('PutItem', { TableName: 'items', Item: { ...key, l: { B: new Uint8Array(0) } } }),
      'ValidationException',
      'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty binary value. IndexName: byL, IndexKey: l',
    );
    expectError(
      fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET g = :v', ExpressionAttributeValues: { ':v': { S: '' } } }),
      'ValidationException',
      'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.',
    );
    // Index keys have the table's limits, and DynamoDB names the key, its size and the index.
    expectError(
      fail('PutItem', { TableName: 'items', Item: { ...key, g: { S: 'é'.repeat(1025) } } }),
      'ValidationException',
      'One or more parameter values were invalid: Size limit exceeded for Index Key g Actual Size: 2050 bytes Max Size: 2048 bytes IndexName: byG',
    );
    expect(run('PutItem', { TableName: 'items', Item: { ...key, g: { S: 'é'.repeat(1024) } } })).to.deep.equal({});
    run('DeleteItem', { TableName: 'items', Key: key });
    expectError(
      fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET pk = :v', ExpressionAttributeValues: { ':v': { S: 'b' } } }),
      'ValidationException',
      'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key',
    );
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({});
  });
});
