import { expect } from 'chai';
import { engineFixture, expectError } from './engine-fixture.js';

const key = { pk: { S: 'a' } };

describe('engine: UpdateItem', () => {
  it('creates a missing item from its key, even without an update', () => {
    const { run } = engineFixture({});
    expect(run('UpdateItem', { TableName: 'items', Key: key, ReturnValues: 'ALL_NEW' })).to.deep.equal({ Attributes: key });
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({ Item: key });
  });

  it('answers every ReturnValues as DynamoDB does', () => {
    const { run } = engineFixture({});
    run('PutItem', { TableName: 'items', Item: { ...key, a: { N: '1' }, b: { S: 'keep' }, m: { M: { x: { N: '1' }, y: { N: '2' } } } } });
    const update = (ReturnValues: string): Record<string, unknown> =>
      run('UpdateItem', {
        TableName: 'items',
        Key: key,
        UpdateExpression: 'SET a = a + :one, m.x = :ten REMOVE c',
        ExpressionAttributeValues: { ':one': { N: '1' }, ':ten': { N: '10' } },
        ReturnValues,
      });
    expect(update('NONE')).to.deep.equal({});
    expect(update('UPDATED_OLD')).to.deep.equal({ Attributes: { a: { N: '2' }, m: { M: { x: { N: '10' } } } } });
    expect(update('UPDATED_NEW')).to.deep.equal({ Attributes: { a: { N: '4' }, m: { M: { x: { N: '10' } } } } });
    expect(update('ALL_OLD')).to.deep.equal({ Attributes: { ...key, a: { N: '4' }, b: { S: 'keep' }, m: { M: { x: { N: '10' }, y: { N: '2' } } } } });
    expect(update('ALL_NEW')).to.deep.equal({ Attributes: { ...key, a: { N: '6' }, b: { S: 'keep' }, m: { M: { x: { N: '10' }, y: { N: '2' } } } } });
  });

  it('omits Attributes when the updated attributes do not exist', () => {
    const { run } = engineFixture({});
    run('PutItem', { TableName: 'items', Item: key });
    expect(run('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'REMOVE zz', ReturnValues: 'UPDATED_NEW' })).to.deep.equal({});
  });

  it('supports the legacy AttributeUpdates and Expected', () => {
    const { run, fail } = engineFixture({});
    run('UpdateItem', { TableName: 'items', Key: key, AttributeUpdates: { n: { Action: 'ADD', Value: { N: '5' } }, s: { Action: 'PUT', Value: { SS: ['x'] } } } });
    run('UpdateItem', { TableName: 'items', Key: key, AttributeUpdates: { n: { Action: 'ADD', Value: { N: '-2' } } }, Expected: { n: { Value: { N: '5' } } } });
    expectError(
      fail('UpdateItem', { TableName: 'items', Key: key, AttributeUpdates: { n: { Action: 'DELETE' } }, Expected: { n: { Value: { N: '5' } } } }),
      'ConditionalCheckFailedException',
      'The conditional request failed',
    );
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({ Item: { ...key, n: { N: '3' }, s: { SS: ['x'] } } });
  });

  it('puts an AttributeUpdates value that names no Action, PUT being the default', () => {
    const { run } = engineFixture({});
    run('UpdateItem', { TableName: 'items', Key: key, AttributeUpdates: { b: { Value: { S: 'a' } }, c: { Value: { S: 'a' } } } });
    expect(run('UpdateItem', { TableName: 'items', Key: key, AttributeUpdates: { b: { Value: { S: 'b' } } }, ReturnValues: 'UPDATED_OLD' })).to.deep.equal({ Attributes: { b: { S: 'a' } } });
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({ Item: { ...key, b: { S: 'b' }, c: { S: 'a' } } });
  });

  it('refuses mixing expression and legacy parameters', () => {
    const { fail } = engineFixture({});
    expectError(
      fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET a = :a', ExpressionAttributeValues: { ':a': { N: '1' } }, Expected: { a: { Exists: false } } }),
      'ValidationException',
      'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {UpdateExpression}',
    );
  });

  it('leaves the item untouched when the update fails', () => {
    const { run, fail, changes } = engineFixture({});
    run('PutItem', { TableName: 'items', Item: { ...key, s: { S: 'text' } } });
    const before = changes.length;
    expectError(
      fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET s = s + :one', ExpressionAttributeValues: { ':one': { N: '1' } } }),
      'ValidationException',
      'An operand in the update expression has an incorrect data type',
    );
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({ Item: { ...key, s: { S: 'text' } } });
    expect(changes.length).to.equal(before);
  });
});
