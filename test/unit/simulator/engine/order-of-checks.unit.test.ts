/**
 * Regression tests for differences the differential suite (test/differential) found against
 * DynamoDB Local: which error DynamoDB reports when a request has several, and what it accepts.
 */
import { expect } from 'chai';
import { engineFixture, type EngineFixture } from './engine-fixture.js';

const indexed = {
  sortKey: 'N' as const,
  extraAttributes: [{ AttributeName: 'g', AttributeType: 'S' }],
  globalIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
};

const message = (fixture: EngineFixture, operation: string, request: Record<string, unknown>): string => fixture.fail(operation, { TableName: 'items', ...request }).message;

describe('engine: DynamoDB\'s order of checks', () => {
  const fixture = engineFixture(indexed);
  const partition = { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } };

  it('checks a Scan\'s expressions and starting key before Select, and Select before the segments', () => {
    expect(message(fixture, 'Scan', { Select: 'COUNT', ProjectionExpression: 'a, a' })).to.match(/^Invalid ProjectionExpression: Two document paths overlap/);
    expect(message(fixture, 'Scan', { Select: 'COUNT', ProjectionExpression: 'a', FilterExpression: 'a =' })).to.match(/^Invalid FilterExpression: Syntax error/);
    expect(message(fixture, 'Scan', { Select: 'COUNT', ProjectionExpression: 'a', ExclusiveStartKey: { pk: { S: 'a' } } })).to.equal("Exclusive Start Key must have same size as table's key schema");
    expect(message(fixture, 'Scan', { Select: 'COUNT', ProjectionExpression: 'a', Segment: 3, TotalSegments: 2 })).to.equal('Cannot specify the ProjectionExpression when choosing to get only the Count');
    expect(message(fixture, 'Scan', { IndexName: 'nope', Segment: 1 })).to.equal('The table does not have the specified index: nope');
    expect(message(fixture, 'Scan', { IndexName: 'byG', Select: 'ALL_ATTRIBUTES', Segment: 1 })).to.match(/^One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported/);
    expect(message(fixture, 'Scan', { IndexName: 'byG', ProjectionExpression: 'zz', Segment: 1 })).to.equal('If segment is specified, total segment must also be specified');
  });

  it('checks a Query\'s index, then its expressions, then consistency, then the key condition, the starting key and Select', () => {
    expect(message(fixture, 'Query', { IndexName: 'nope', FilterExpression: 'a = b' })).to.equal('The table does not have the specified index: nope');
    const onIndex = { IndexName: 'byG', ConsistentRead: true, KeyConditionExpression: 'g = :p', ExpressionAttributeValues: { ':p': { S: 'p' }, ':b': { BS: [Uint8Array.of(1)] } } };
    expect(message(fixture, 'Query', { ...onIndex, FilterExpression: ':p < :b' })).to.equal('Invalid FilterExpression: Incorrect operand type for operator or function; operator or function: <, operand type: BS');
    expect(message(fixture, 'Query', { ...onIndex, FilterExpression: 'g = :p' })).to.equal('Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}');
    expect(message(fixture, 'Query', { ...onIndex, FilterExpression: 'g = :p OR g = :b' })).to.equal('Consistent reads are not supported on global secondary indexes');
    expect(message(fixture, 'Query', { ...partition, Select: 'COUNT', ProjectionExpression: 'a', KeyConditionExpression: 'pk = :p AND zz = :p' })).to.match(/^Query condition missed key schema element/);
    expect(message(fixture, 'Query', { ...partition, Select: 'COUNT', ProjectionExpression: 'a', ExclusiveStartKey: { pk: { S: 'a' } } })).to.equal("Exclusive Start Key must have same size as table's key schema");
  });

  it('refuses a ProjectionExpression with Select ALL_PROJECTED_ATTRIBUTES', () => {
    expect(message(fixture, 'Query', { IndexName: 'byG', KeyConditionExpression: 'g = :p', ExpressionAttributeValues: { ':p': { S: 'p' } }, ProjectionExpression: 'g', Select: 'ALL_PROJECTED_ATTRIBUTES' }))
      .to.equal('Cannot specify the ProjectionExpression when choosing to get ALL_PROJECTED_ATTRIBUTES');
    expect(message(fixture, 'Scan', { ProjectionExpression: 'g', Select: 'ALL_PROJECTED_ATTRIBUTES' })).to.equal('Cannot specify the ProjectionExpression when choosing to get ALL_PROJECTED_ATTRIBUTES');
  });

  it('looks for duplicate BatchGetItem keys (numbers by value) before counting keys and before finding tables', () => {
    const keys = (count: number, n: (index: number) => string): unknown[] => Array.from({ length: count }, (_, index) => ({ pk: { S: 'p' }, sk: { N: n(index) } }));
    const duplicates = 'Provided list of item keys contains duplicates';
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: keys(101, () => '1') } } }).message).to.equal(duplicates);
    expect(fixture.fail('BatchGetItem', { RequestItems: { missing: { Keys: keys(1, () => '1') }, items: { Keys: keys(2, () => '1') } } }).message).to.equal(duplicates);
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: keys(2, (index) => (index === 0 ? '1' : '1.0')) } } }).message).to.equal(duplicates);
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: keys(101, String) } } }).message).to.equal('Too many items requested for the BatchGetItem call');
  });

  it('ignores empty placeholder maps in a request without expressions, and refuses them where expressions are used', () => {
    const fresh = engineFixture(indexed);
    const key = { pk: { S: 'p' }, sk: { N: '1' } };
    fresh.run('PutItem', { TableName: 'items', Item: key, ExpressionAttributeNames: {}, ExpressionAttributeValues: {} });
    expect(fresh.run('GetItem', { TableName: 'items', Key: key, ExpressionAttributeNames: {} })['Item']).to.deep.equal(key);
    expect(fresh.run('UpdateItem', { TableName: 'items', Key: key, ExpressionAttributeValues: {} })).to.deep.equal({});
    expect(message(fresh, 'Scan', { ProjectionExpression: 'a', ExpressionAttributeValues: {} })).to.equal('ExpressionAttributeValues must not be empty');
    expect(message(fresh, 'GetItem', { Key: key, ExpressionAttributeNames: { '#a': 'a' } })).to.equal('ExpressionAttributeNames can only be specified when using expressions');
  });
});
