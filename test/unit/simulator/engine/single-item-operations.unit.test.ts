import { expect } from 'chai';
import { engineFixture, expectError } from './engine-fixture.js';

const key = { pk: { S: 'a' }, sk: { N: '1' } };

describe('engine: PutItem, GetItem, DeleteItem', () => {
  it('stores an item, returns it canonical, replaces it, and deletes it', () => {
    const { run } = engineFixture({ sortKey: 'N' });
    expect(run('PutItem', { TableName: 'items', Item: { ...key, n: { N: '007.50' }, s: { SS: ['x', 'y'] } } })).to.deep.equal({});
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({ Item: { ...key, n: { N: '7.5' }, s: { SS: ['x', 'y'] } } });
    expect(run('PutItem', { TableName: 'items', Item: { ...key, v: { S: 'new' } }, ReturnValues: 'ALL_OLD' })).to.deep.equal({
      Attributes: { ...key, n: { N: '7.5' }, s: { SS: ['x', 'y'] } },
    });
    expect(run('DeleteItem', { TableName: 'items', Key: key, ReturnValues: 'ALL_OLD' })).to.deep.equal({ Attributes: { ...key, v: { S: 'new' } } });
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({});
    expect(run('DeleteItem', { TableName: 'items', Key: key, ReturnValues: 'ALL_OLD' })).to.deep.equal({});
  });

  it('projects GetItem with ProjectionExpression and with AttributesToGet', () => {
    const { run } = engineFixture({ sortKey: 'N' });
    run('PutItem', { TableName: 'items', Item: { ...key, a: { S: 'x' }, m: { M: { b: { N: '1' }, c: { N: '2' } } } } });
    expect(run('GetItem', { TableName: 'items', Key: key, ProjectionExpression: 'm.c, #a', ExpressionAttributeNames: { '#a': 'a' } })).to.deep.equal({
      Item: { a: { S: 'x' }, m: { M: { c: { N: '2' } } } },
    });
    expect(run('GetItem', { TableName: 'items', Key: key, AttributesToGet: ['a', 'zz'] })).to.deep.equal({ Item: { a: { S: 'x' } } });
  });

  it('checks conditions and returns the old item of a failed one on request', () => {
    const { run, fail } = engineFixture({ sortKey: 'N' });
    run('PutItem', { TableName: 'items', Item: { ...key, v: { N: '1' } }, ConditionExpression: 'attribute_not_exists(pk)' });
    const failed = fail('PutItem', { TableName: 'items', Item: { ...key, v: { N: '2' } }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
    expectError(failed, 'ConditionalCheckFailedException', 'The conditional request failed');
    expect(failed.extras.Item).to.deep.equal({ ...key, v: { N: '1' } });
    const withoutItem = fail('DeleteItem', { TableName: 'items', Key: key, ConditionExpression: 'v = :two', ExpressionAttributeValues: { ':two': { N: '2' } } });
    expect(withoutItem.extras).to.deep.equal({});
    const missing = fail('DeleteItem', { TableName: 'items', Key: { pk: { S: 'zz' }, sk: { N: '1' } }, ConditionExpression: 'attribute_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
    expect(missing.extras).to.deep.equal({});
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({ Item: { ...key, v: { N: '1' } } });
    run('DeleteItem', { TableName: 'items', Key: key, Expected: { v: { Value: { N: '1' } } } });
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({});
  });

  it('refuses ReturnValues an operation does not take, and values outside the enum in request validation', () => {
    const { fail } = engineFixture({ sortKey: 'N' });
    for (const value of ['UPDATED_NEW', 'ALL_NEW']) {
      expectError(fail('PutItem', { TableName: 'items', Item: key, ReturnValues: value }), 'ValidationException', 'Return values set to invalid value');
      expectError(fail('DeleteItem', { TableName: 'items', Key: key, ReturnValues: value }), 'ValidationException', 'Return values set to invalid value');
    }
    const outsideEnum = "1 validation error detected: Value 'FOO' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]";
    for (const operation of ['PutItem', 'DeleteItem', 'UpdateItem']) {
      expectError(fail(operation, { TableName: 'items', Item: key, Key: key, ReturnValues: 'FOO' }), 'ValidationException', outsideEnum);
    }
    // Violations are listed in DynamoDB's member order, which is neither alphabetical nor the API's.
    expectError(fail('UpdateItem', { TableName: '', ReturnConsumedCapacity: 'X', ReturnValues: 'X', ReturnItemCollectionMetrics: 'X' }), 'ValidationException', '5 validation errors detected: '
      + "Value 'X' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; "
      + "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1; "
      + "Value 'X' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]; "
      + "Value 'X' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; "
      + "Value null at 'key' failed to satisfy constraint: Member must not be null");
    expectError(fail('GetItem', { TableName: 'abc;', ReturnConsumedCapacity: 'X', AttributesToGet: [] }), 'ValidationException', '4 validation errors detected: '
      + "Value 'X' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; "
      + "Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1; "
      + "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
      + "Value null at 'key' failed to satisfy constraint: Member must not be null");
    expectError(
      fail('PutItem', { TableName: 'items', Item: key, ReturnValuesOnConditionCheckFailure: 'ALL_NEW' }),
      'ValidationException',
      "1 validation error detected: Value 'ALL_NEW' at 'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]",
    );
  });

  it('answers missing tables with ResourceNotFoundException, after the request shape', () => {
    const { fail } = engineFixture();
    expectError(fail('GetItem', { TableName: 'nope-nope', Key: { pk: { S: 'a' } } }), 'ResourceNotFoundException', 'Requested resource not found');
    expectError(
      fail('GetItem', { TableName: 'nope-nope' }),
      'ValidationException',
      "1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null",
    );
  });

  it('limits items to 400 KB as DynamoDB counts them', () => {
    const { run, fail } = engineFixture({ sortKey: 'N' });
    // pk: 2 + 1, sk: 2 + 2, x: 1 + length.
    const fits = 409_600 - 3 - 4 - 1;
    expect(run('PutItem', { TableName: 'items', Item: { ...key, x: { S: 'x'.repeat(fits) } } })).to.deep.equal({});
    expectError(fail('PutItem', { TableName: 'items', Item: { ...key, x: { S: 'x'.repeat(fits + 1) } } }), 'ValidationException', 'Item size has exceeded the maximum allowed size');
    expectError(
      fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET y = :y', ExpressionAttributeValues: { ':y': { S: 'y' } } }),
      'ValidationException',
      'Item size to update has exceeded the maximum allowed size',
    );
  });

  it('answers unknown operations with UnknownOperationException', () => {
    const { fail } = engineFixture();
    expectError(fail('Frobnicate', {}), 'UnknownOperationException', 'An unknown operation was requested.');
  });
});
