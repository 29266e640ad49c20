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
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: keys(100, () => '1') }, other: { Keys: keys(1, () => '2') } } }).message).to.equal(duplicates);
    expect(fixture.fail('BatchGetItem', { RequestItems: { missing: { Keys: keys(1, () => '1') }, items: { Keys: keys(2, () => '1') } } }).message).to.equal(duplicates);
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: keys(2, (index) => (index === 0 ? '1' : '1.0')) } } }).message).to.equal(duplicates);
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: keys(100, String) }, missing: { Keys: keys(1, String) } } }).message).to.equal('Too many items requested for the BatchGetItem call');
  });

  it('reads each BatchGetItem table request on its own (expressions, attribute names, key values) before it finds the tables', () => {
    const onMissing = (request: Record<string, unknown>): string => fixture.fail('BatchGetItem', { RequestItems: { missing: { Keys: [{ pk: { S: 'p' } }], ...request } } }).message;
    expect(onMissing({ AttributesToGet: ['a'], ProjectionExpression: 'a' }))
      .to.equal('Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}');
    expect(onMissing({ ProjectionExpression: '' })).to.equal('Invalid ProjectionExpression: The expression can not be empty;');
    expect(onMissing({ AttributesToGet: ['a', 'b', 'a'] })).to.equal('One or more parameter values were invalid: Duplicate value in attribute name: a');
    const withKey = (value: unknown): string => fixture.fail('BatchGetItem', { RequestItems: { missing: { Keys: [{ pk: value }] } } }).message;
    expect(withKey({})).to.equal('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    expect(withKey({ N: '1e126' })).to.equal('Number overflow. Attempting to store a number with magnitude larger than supported range');
    expect(withKey({ S: 'p' })).to.equal('Requested resource not found');
    // Duplicate keys come after the parameters, key values and expressions (DynamoDB Local looks
    // for them before the expressions); the model's 100 keys per table before everything.
    const twice = [{ pk: { S: 'p' }, sk: { N: '1' } }, { pk: { S: 'p' }, sk: { N: '1' } }];
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: twice, ProjectionExpression: '' } } }).message).to.equal('Invalid ProjectionExpression: The expression can not be empty;');
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: twice } } }).message).to.equal('Provided list of item keys contains duplicates');
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: twice, AttributesToGet: ['a'], ProjectionExpression: 'a' } } }).message)
      .to.match(/^Can not use both expression and non-expression parameters/u);
    expect(fixture.fail('BatchGetItem', { RequestItems: { items: { Keys: [{ pk: { S: 'p' }, sk: { N: '1e126' } }, { pk: { S: 'p' }, sk: { N: '1e126' } }] } } }).message)
      .to.equal('Number overflow. Attempting to store a number with magnitude larger than supported range');
    const many = Array.from({ length: 101 }, (_, index) => ({ pk: { S: 'p' }, sk: { N: String(index % 2) } }));
    expect(fixture.fail('BatchGetItem', { RequestItems: { missing: { Keys: many } } }).message)
      .to.match(/^1 validation error detected: Value '\[.+\]' at 'requestItems\.missing\.member\.keys' failed to satisfy constraint: Member must have length less than or equal to 100$/u);
  });

  it('checks every BatchWriteItem request\'s values, and a put\'s item size, before it finds the tables', () => {
    const onMissing = (request: Record<string, unknown>): string => fixture.fail('BatchWriteItem', { RequestItems: { missing: [request] } }).message;
    expect(onMissing({ DeleteRequest: { Key: { pk: {} } } })).to.equal('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    expect(onMissing({ DeleteRequest: { Key: { pk: { NS: ['1', '1'] } } } })).to.equal('Input collection contains duplicates');
    expect(onMissing({ PutRequest: { Item: { pk: { S: 'p' }, big: { S: 'x'.repeat(400 * 1024) } } } })).to.equal('Item size has exceeded the maximum allowed size');
    expect(onMissing({ PutRequest: { Item: { pk: { S: 'p' } } } })).to.equal('Requested resource not found');
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

  describe('key conditions, starting keys and index keys', () => {
    const shape = {
      sortKey: 'S' as const,
      extraAttributes: [{ AttributeName: 'h', AttributeType: 'B' }, { AttributeName: 'l', AttributeType: 'S' }],
      globalIndexes: [
        { IndexName: 'gsi-0', KeySchema: [{ AttributeName: 'h', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['a'] } },
        { IndexName: 'gsi-1', KeySchema: [{ AttributeName: 'h', KeyType: 'HASH' }, { AttributeName: 'pk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
      ],
      localIndexes: [{ IndexName: 'lsi-0', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    };
    const keyed = engineFixture(shape);
    const query = (request: Record<string, unknown>): string => message(keyed, 'Query', request);
    const empty = (what: string, name: string): string => `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${what} value. Key: ${name}`;

    it('refuses empty and oversized key values in key conditions, the partition key first', () => {
      expect(query({ KeyConditionExpression: 'sk = :e AND pk = :e', ExpressionAttributeValues: { ':e': { S: '' } } })).to.equal(empty('string', 'pk'));
      expect(query({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :e)', ExpressionAttributeValues: { ':p': { S: 'p' }, ':e': { S: '' } } })).to.equal(empty('string', 'sk'));
      expect(query({ KeyConditionExpression: 'pk = :p AND sk < :big', ExpressionAttributeValues: { ':p': { S: 'p' }, ':big': { S: 'x'.repeat(1025) } } }))
        .to.equal('One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes');
      expect(query({ IndexName: 'gsi-1', KeyConditionExpression: 'h = :h AND pk < :e', ExpressionAttributeValues: { ':h': { B: Uint8Array.of(1) }, ':e': { S: '' } } }))
        .to.equal('One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi-1, IndexKey: pk');
    });

    it('refuses a filter on attributes an index does not project, in a Query only', () => {
      const partition = { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } };
      expect(query({ IndexName: 'lsi-0', ...partition, FilterExpression: 's > size(m) AND attribute_exists(a)', Select: 'COUNT', ProjectionExpression: 'x' }))
        .to.equal('One or more parameter values were invalid: Secondary index lsi-0 does not project one or more filter attributes: [a, m, s]');
      expect(keyed.run('Scan', { TableName: 'items', IndexName: 'lsi-0', FilterExpression: 'attribute_exists(a)' })['Count']).to.equal(0);
      expect(message(keyed, 'Scan', { IndexName: 'gsi-0', ProjectionExpression: '#t, #x, a, s', ExpressionAttributeNames: { '#x': 'x.y', '#t': 'ttl' } }))
        .to.equal('One or more parameter values were invalid: Global secondary index gsi-0 does not project [x.y, s, ttl]');
    });

    it('checks the size of a local index\'s starting key before its attributes, and a global index\'s attributes first', () => {
      const partition = { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } };
      expect(query({ IndexName: 'lsi-0', ...partition, ExclusiveStartKey: { l: { S: 'a' } } })).to.equal("Exclusive Start Key must have same size as table's key schema");
      expect(query({ IndexName: 'lsi-0', ...partition, ExclusiveStartKey: { pk: { S: 'p' }, sk: { S: 'a' }, x: { S: 'a' } } })).to.equal('The provided starting key is invalid');
      expect(message(keyed, 'Scan', { IndexName: 'gsi-0', ExclusiveStartKey: { pk: { S: 'p' }, sk: { S: 'a' } } })).to.equal('The provided starting key is invalid');
    });

    it('checks local indexes before global ones, each in hash order of their names; an update that empties an index key is told so first', () => {
      const emptyIndexKey = (what: string, index: string, name: string): string =>
        `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty ${what} value. IndexName: ${index}, IndexKey: ${name}`;
      expect(message(keyed, 'PutItem', { Item: { pk: { S: 'p' }, sk: { S: 's' }, h: { B: Uint8Array.of() } } })).to.equal(emptyIndexKey('binary', 'gsi-1', 'h'));
      expect(message(keyed, 'PutItem', { Item: { pk: { S: 'p' }, sk: { S: 's' }, h: { B: Uint8Array.of() }, l: { S: '' } } })).to.equal(emptyIndexKey('string', 'lsi-0', 'l'));
      expect(message(keyed, 'UpdateItem', { Key: { pk: { S: 'p' }, sk: { S: 's' } }, UpdateExpression: 'SET h = :e', ExpressionAttributeValues: { ':e': { S: '' } } }))
        .to.equal('One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.');
    });

    it('refuses an update of a key attribute only when the condition holds', () => {
      const key = { pk: { S: 'p' }, sk: { S: 'k' } };
      expect(keyed.fail('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'REMOVE sk', ConditionExpression: 'attribute_exists(pk)' }).errorName).to.equal('ConditionalCheckFailedException');
      expect(message(keyed, 'UpdateItem', { Key: key, UpdateExpression: 'SET a = nope REMOVE sk' })).to.equal('One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key');
      const cancelled = keyed.fail('TransactWriteItems', { TransactItems: [{ Update: { TableName: 'items', Key: key, UpdateExpression: 'REMOVE sk', ConditionExpression: 'attribute_exists(pk)' } }] });
      expect(cancelled.extras.CancellationReasons?.[0]?.Code).to.equal('ConditionalCheckFailed');
    });
  });

  it('checks a batch of writes in DynamoDB\'s order: all values, then request by request keys, index keys and duplicates; tables by name', () => {
    const batch = engineFixture({ name: 'b-table', sortKey: 'S', extraAttributes: [{ AttributeName: 'g', AttributeType: 'S' }], globalIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }] },
      { name: 'a-table' });
    const put = (Item: Record<string, unknown>): Record<string, unknown> => ({ PutRequest: { Item } });
    const key = { pk: { S: 'p' }, sk: { S: 's' } };
    const write = (RequestItems: Record<string, unknown>): string => batch.fail('BatchWriteItem', { RequestItems }).message;
    expect(write({ 'b-table': [put({ ...key, g: { L: [] } }), put({ ...key, n: { N: '1E126' } })] })).to.equal('Number overflow. Attempting to store a number with magnitude larger than supported range');
    expect(write({ 'b-table': [put(key), put({ pk: { S: 'q' }, sk: { S: 's' }, g: { L: [] } }), put(key)] })).to.equal('Invalid attribute value type');
    expect(write({ 'b-table': [put(key), put(key), put({ pk: { S: 'q' }, sk: { S: 's' }, g: { S: '' } })] })).to.equal('Provided list of item keys contains duplicates');
    expect(write({ 'b-table': [put({ ...key, g: { S: '' } }), put({ ...key, g: { N: '1' } })] })).to.match(/^One or more parameter values are not valid. A value specified for a secondary index key is not supported/);
    expect(write({ 'b-table': [put({ ...key, g: { N: '1' } })], 'a-table': [put({ pk: { N: '1' } })] })).to.equal('One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N');
  });

  it('checks the actions of TransactGetItems one by one: expressions, then whether an earlier action named the item', () => {
    const get = (sk: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Get: { TableName: 'items', Key: { pk: { S: 'p' }, sk: { N: sk } }, ...extra } });
    const overlap = 'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [r], path two: [r]';
    expect(fixture.fail('TransactGetItems', { TransactItems: [get('1', { ProjectionExpression: 'r, r' }), get('2'), get('2')] }).message).to.equal(overlap);
    expect(fixture.fail('TransactGetItems', { TransactItems: [get('2'), get('2'), get('1', { ProjectionExpression: 'r, r' })] }).message).to.equal('Transaction request cannot include multiple operations on one item');
  });

  it('names a path into a key first, then the partition key, then the sort key, when a Query filter uses keys', () => {
    const filter = (text: string): string => message(fixture, 'Query', { KeyConditionExpression: 'pk = :p', FilterExpression: text, ExpressionAttributeValues: { ':p': { S: 'p' } } });
    const used = (name: string): string => `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${name}`;
    expect(filter('sk = :p AND pk = :p')).to.equal(used('pk'));
    expect(filter('size(sk) = pk')).to.equal(used('pk'));
    expect(filter('sk = :p')).to.equal(used('sk'));
    expect(filter('pk = :p AND sk.x = :p')).to.equal("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk");
  });
});
