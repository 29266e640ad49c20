import { expect } from 'chai';
import { engineFixture, expectError } from './engine-fixture.js';

/** pk/sk are the table's key; g keys a global index, l a local one (sorting the partition by l). */
const withIndexes = {
  sortKey: 'N' as const,
  extraAttributes: [
    { AttributeName: 'g', AttributeType: 'S' },
    { AttributeName: 'l', AttributeType: 'S' },
  ],
  globalIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
  localIndexes: [{ IndexName: 'byL', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
};

const key = { pk: { S: 'a' }, sk: { N: '1' } };
const item = { ...key, g: { S: 'G' }, l: { S: 'L' }, v: { M: { x: { N: '1' } } } };
const one = { ':one': { N: '1' } };
const nested = (label: 'Key' | 'IndexKey', name: string): string =>
  `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ${label}: ${name}`;

describe('engine: paths reaching into key attributes', () => {
  it('are refused in every kind of expression, naming table keys as Key and index keys as IndexKey', () => {
    const { run, fail } = engineFixture(withIndexes);
    run('PutItem', { TableName: 'items', Item: item });
    const cases: [string, Record<string, unknown>, string][] = [
      ['GetItem', { Key: key, ProjectionExpression: 'pk.x' }, nested('Key', 'pk')],
      ['GetItem', { Key: key, ProjectionExpression: '#g[0]', ExpressionAttributeNames: { '#g': 'g' } }, nested('IndexKey', 'g')],
      ['PutItem', { Item: item, ConditionExpression: 'sk.x = :one', ExpressionAttributeValues: one }, nested('Key', 'sk')],
      ['DeleteItem', { Key: key, ConditionExpression: 'attribute_exists(l[1])' }, nested('IndexKey', 'l')],
      ['UpdateItem', { Key: key, UpdateExpression: 'SET w = :one', ConditionExpression: 'size(g.x) > :one', ExpressionAttributeValues: one }, nested('IndexKey', 'g')],
      ['UpdateItem', { Key: key, UpdateExpression: 'SET w = if_not_exists(l.x, :one)', ExpressionAttributeValues: one }, nested('IndexKey', 'l')],
      ['UpdateItem', { Key: key, UpdateExpression: 'REMOVE g.x' }, nested('IndexKey', 'g')],
      ['UpdateItem', { Key: key, UpdateExpression: 'SET w = pk.x' }, nested('Key', 'pk')],
      ['Query', { KeyConditionExpression: 'pk = :p', FilterExpression: 'g.x = :one', ExpressionAttributeValues: { ':p': { S: 'a' }, ...one } }, nested('IndexKey', 'g')],
      ['Query', { KeyConditionExpression: 'pk = :p', ProjectionExpression: 'l[0]', ExpressionAttributeValues: { ':p': { S: 'a' } } }, nested('IndexKey', 'l')],
      ['Scan', { FilterExpression: 'attribute_exists(sk.x)' }, nested('Key', 'sk')],
    ];
    for (const [operation, request, message] of cases) expectError(fail(operation, { TableName: 'items', ...request }), 'ValidationException', message);
    // Nested paths elsewhere, and whole key attributes, are fine.
    expect(run('GetItem', { TableName: 'items', Key: key, ProjectionExpression: 'v.x, g' })).to.deep.equal({ Item: { v: { M: { x: { N: '1' } } }, g: { S: 'G' } } });
    expect(run('Scan', { TableName: 'items', FilterExpression: 'v.x = :one AND g = :g', ExpressionAttributeValues: { ...one, ':g': { S: 'G' } } })).to.deep.include({ Count: 1 });
  });

  it('names the table key before index keys, whatever the order of the expression', () => {
    const { fail } = engineFixture(withIndexes);
    expectError(fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET w = g.x, z = sk.x' }), 'ValidationException', nested('Key', 'sk'));
    expectError(fail('Scan', { TableName: 'items', FilterExpression: 'g.x = :one OR l.x = :one', ExpressionAttributeValues: one }), 'ValidationException', nested('IndexKey', 'l'));
  });

  it('checks a condition before evaluating it, and an update only once its condition holds', () => {
    const { run, fail } = engineFixture(withIndexes);
    // The item does not exist, so the condition would fail: the path is refused first.
    expectError(fail('PutItem', { TableName: 'items', Item: item, ConditionExpression: 'g.x = :one', ExpressionAttributeValues: one }), 'ValidationException', nested('IndexKey', 'g'));
    const failing = { TableName: 'items', Key: key, ConditionExpression: 'attribute_exists(zz)', ExpressionAttributeValues: one };
    expectError(fail('UpdateItem', { ...failing, UpdateExpression: 'ADD g.x :one' }), 'ConditionalCheckFailedException', 'The conditional request failed');
    // An update of a key attribute itself keeps its own message, which comes first.
    expectError(fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET g.x = :one, sk = :one', ExpressionAttributeValues: one }), 'ValidationException',
      'One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key');
    expect(run('GetItem', { TableName: 'items', Key: key })).to.deep.equal({});
  });

  it('refuses a transaction as a whole, not as a cancellation reason, except in a ConditionCheck', () => {
    const { run, fail } = engineFixture(withIndexes);
    run('PutItem', { TableName: 'items', Item: item });
    const other = { Put: { TableName: 'items', Item: { pk: { S: 'b' }, sk: { N: '2' } } } };
    expectError(fail('TransactWriteItems', { TransactItems: [other, { Update: { TableName: 'items', Key: key, UpdateExpression: 'SET w = pk.x' } }] }), 'ValidationException', nested('Key', 'pk'));
    expectError(
      fail('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'items', Item: item, ConditionExpression: 'l.x = :one', ExpressionAttributeValues: one } }] }),
      'ValidationException',
      nested('IndexKey', 'l'),
    );
    const check = fail('TransactWriteItems', { TransactItems: [{ ConditionCheck: { TableName: 'items', Key: key, ConditionExpression: 'l.x = :one', ExpressionAttributeValues: one } }] });
    expect(check.errorName).to.equal('TransactionCanceledException');
    expect(run('GetItem', { TableName: 'items', Key: { pk: { S: 'b' }, sk: { N: '2' } } })).to.deep.equal({});
  });
});
