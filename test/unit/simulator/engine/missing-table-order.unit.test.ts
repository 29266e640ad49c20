import { expect } from 'chai';
import { engineFixture, expectError } from './engine-fixture.js';

const missing = 'Requested resource not found';

describe('engine: checks DynamoDB makes before it looks a table up', () => {
  it('reports a request\'s expression errors, legacy conditions and AttributesToGet ahead of a missing table', () => {
    const { fail } = engineFixture({});
    const cases: [string, Record<string, unknown>, string][] = [
      ['PutItem', { Item: { pk: { S: 'a' } }, ConditionExpression: 'a = = b' }, 'Invalid ConditionExpression: Syntax error; token: "=", near: "= = b"'],
      ['PutItem', { Item: { pk: { S: 'a' } }, Expected: { a: { ComparisonOperator: 'EQ' } } }, 'One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a'],
      ['DeleteItem', { Key: { pk: { S: 'a' } }, Expected: { a: { Value: { S: 'a' }, AttributeValueList: [] } } }, 'One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: a'],
      ['DeleteItem', { Key: { pk: { S: 'a' } }, ConditionExpression: 'a = :a', Expected: { a: { Exists: false } } },
        'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}'],
      ['UpdateItem', { Key: { pk: { S: 'a' } }, UpdateExpression: 'SET a = :a', ExpressionAttributeValues: { ':a': { S: 'x' }, ':b': { S: 'y' } } }, 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}'],
      ['UpdateItem', { Key: { pk: { S: 'a' } }, AttributeUpdates: { a: { Action: 'ADD', Value: { S: 'x' } } } }, 'One or more parameter values were invalid: ADD action is not supported for the type STRING'],
      ['GetItem', { Key: { pk: { S: 'a' } }, AttributesToGet: ['a', 'a'] }, 'One or more parameter values were invalid: Duplicate value in attribute name: a'],
      ['Query', { KeyConditionExpression: 'pk = :p AND begins_with(sk, :n)', ExpressionAttributeValues: { ':p': { S: 'p' }, ':n': { N: '1' } } },
        'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N'],
      ['Scan', { ProjectionExpression: 'a, a' }, 'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]'],
    ];
    for (const [operation, request, message] of cases) expectError(fail(operation, { TableName: 'nope', ...request }), 'ValidationException', message);
    expectError(fail('BatchGetItem', { RequestItems: { nope: { Keys: [{ pk: { S: 'a' } }], ProjectionExpression: 'a,,b' } } }), 'ValidationException', 'Invalid ProjectionExpression: Syntax error; token: ",", near: ",,b"');
    expectError(fail('TransactGetItems', { TransactItems: [{ Get: { TableName: 'nope', Key: { pk: { S: 'a' } }, ProjectionExpression: 'a,,b' } }] }), 'ValidationException', 'Invalid ProjectionExpression: Syntax error; token: ",", near: ",,b"');
  });

  it('leaves values, keys and items to after the lookup, and reports a well-formed request on a missing table as missing', () => {
    const { fail } = engineFixture({});
    expectError(fail('PutItem', { TableName: 'nope', Item: { pk: { S: 'a' }, n: { N: 'x' } }, ConditionExpression: 'attribute_not_exists(pk)' }), 'ResourceNotFoundException', missing);
    expectError(fail('GetItem', { TableName: 'nope', Key: {} }), 'ResourceNotFoundException', missing);
    expectError(fail('Query', { TableName: 'nope', KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': { S: 'p' }, ':s': { S: 's' } } }), 'ResourceNotFoundException', missing);
  });

  it('keeps DynamoDB Local\'s order on an existing table: the item before the condition', () => {
    const { fail } = engineFixture({});
    expectError(fail('PutItem', { TableName: 'items', Item: { pk: { S: 'a' }, s: { SS: [] } }, ConditionExpression: 'a = = b' }), 'ValidationException',
      'One or more parameter values were invalid: An string set  may not be empty');
  });

  it('refuses an empty table name with the one constraint a name or an ARN has', () => {
    const { fail } = engineFixture({});
    expectError(fail('PutItem', { TableName: '', Item: { pk: { S: 'a' } } }), 'ValidationException',
      "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1");
    expectError(fail('UpdateItem', { TableName: '' }), 'ValidationException',
      "2 validation errors detected: Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1; Value null at 'key' failed to satisfy constraint: Member must not be null");
    expect(fail('GetItem', { TableName: 'a;', Key: { pk: { S: 'a' } } }).message).to.equal(
      "2 validation errors detected: Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });

  it('parses a Query\'s filter before it asks for a key condition', () => {
    const { fail } = engineFixture({ sortKey: 'N' });
    expectError(fail('Query', { TableName: 'items', FilterExpression: 'a = = b' }), 'ValidationException', 'Invalid FilterExpression: Syntax error; token: "=", near: "= = b"');
    expectError(fail('Query', { TableName: 'items', FilterExpression: 'a = b' }), 'ValidationException', 'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
  });
});
