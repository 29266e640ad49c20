import { expect } from 'chai';
import fc from 'fast-check';
import { engineFixture, expectError, type EngineFixture } from './engine-fixture.js';

const indexed = {
  sortKey: 'N' as const,
  extraAttributes: [
    { AttributeName: 'g', AttributeType: 'S' },
    { AttributeName: 'l', AttributeType: 'S' },
  ],
  globalIndexes: [
    { IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
    { IndexName: 'byGInclude', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['v'] } },
  ],
  localIndexes: [{ IndexName: 'byL', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
};

function seed(fixture: EngineFixture, count = 6): void {
  for (let index = 0; index < count; index++) {
    fixture.run('PutItem', {
      TableName: 'items',
      Item: { pk: { S: 'p' }, sk: { N: String(index) }, g: { S: 'G' }, l: { S: `L${count - index}` }, v: { S: 'x'.repeat(1000) }, w: { N: String(index) } },
    });
  }
}

const partition = { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } };
const sortKeys = (result: Record<string, unknown>): string[] => (result['Items'] as { sk: { N: string } }[]).map((item) => item.sk.N);

describe('engine: Query and Scan', () => {
  it('reads a partition in order, both ways, with key conditions, filters and projections', () => {
    const fixture = engineFixture(indexed);
    seed(fixture);
    const { run } = fixture;
    expect(sortKeys(run('Query', { TableName: 'items', ...partition, ProjectionExpression: 'sk' }))).to.deep.equal(['0', '1', '2', '3', '4', '5']);
    expect(sortKeys(run('Query', { TableName: 'items', ...partition, ProjectionExpression: 'sk', ScanIndexForward: false }))).to.deep.equal(['5', '4', '3', '2', '1', '0']);
    const between = run('Query', {
      TableName: 'items',
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      FilterExpression: 'w <> :two',
      ExpressionAttributeValues: { ':p': { S: 'p' }, ':a': { N: '1' }, ':b': { N: '4' }, ':two': { N: '2' } },
      ProjectionExpression: 'sk',
    });
    expect(between).to.deep.equal({ Items: [{ sk: { N: '1' } }, { sk: { N: '3' } }, { sk: { N: '4' } }], Count: 3, ScannedCount: 4 });
  });

  it('counts Limit in items read, before the filter, and reports LastEvaluatedKey even when Limit meets the end', () => {
    const fixture = engineFixture(indexed);
    seed(fixture, 3);
    const page = fixture.run('Query', { TableName: 'items', KeyConditionExpression: 'pk = :p', FilterExpression: 'w > :z', ExpressionAttributeValues: { ':p': { S: 'p' }, ':z': { N: '0' } }, Limit: 2, ProjectionExpression: 'sk' });
    expect(page).to.deep.equal({ Items: [{ sk: { N: '1' } }], Count: 1, ScannedCount: 2, LastEvaluatedKey: { pk: { S: 'p' }, sk: { N: '1' } } });
    const exact = fixture.run('Query', { TableName: 'items', ...partition, Limit: 3, Select: 'COUNT' });
    expect(exact).to.deep.equal({ Count: 3, ScannedCount: 3, LastEvaluatedKey: { pk: { S: 'p' }, sk: { N: '2' } } });
    expect(fixture.run('Query', { TableName: 'items', ...partition, Limit: 4, Select: 'COUNT' })).to.deep.equal({ Count: 3, ScannedCount: 3 });
  });

  it('stops a page before it passes 1 MB of items read', () => {
    const { run } = engineFixture({ sortKey: 'N' });
    for (let index = 0; index < 4; index++) run('PutItem', { TableName: 'items', Item: { pk: { S: 'p' }, sk: { N: String(index) }, v: { S: 'x'.repeat(300_000) } } });
    const first = run('Query', { TableName: 'items', ...partition, ProjectionExpression: 'sk' });
    expect(first).to.deep.equal({ Items: [{ sk: { N: '0' } }, { sk: { N: '1' } }, { sk: { N: '2' } }], Count: 3, ScannedCount: 3, LastEvaluatedKey: { pk: { S: 'p' }, sk: { N: '2' } } });
    const scan = run('Scan', { TableName: 'items', Select: 'COUNT' });
    expect(scan['ScannedCount']).to.equal(3);
  });

  it('reads indexes with their projections, and LastEvaluatedKey carries the table keys', () => {
    const fixture = engineFixture(indexed);
    seed(fixture, 3);
    const { run, fail } = fixture;
    const gsi = run('Query', { TableName: 'items', IndexName: 'byG', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, Limit: 1 });
    expect(gsi['Items']).to.have.length(1);
    expect(Object.keys((gsi['Items'] as Record<string, unknown>[])[0] ?? {}).sort()).to.deep.equal(['g', 'pk', 'sk']);
    expect(Object.keys(gsi['LastEvaluatedKey'] as Record<string, unknown>).sort()).to.deep.equal(['g', 'pk', 'sk']);
    const include = run('Query', { TableName: 'items', IndexName: 'byGInclude', KeyConditionExpression: 'g = :g AND sk > :s', ExpressionAttributeValues: { ':g': { S: 'G' }, ':s': { N: '0' } }, ScanIndexForward: false });
    expect((include['Items'] as Record<string, unknown>[]).map((item) => Object.keys(item).sort())).to.deep.equal([['g', 'pk', 'sk', 'v'], ['g', 'pk', 'sk', 'v']]);
    expect(sortKeys(include)).to.deep.equal(['2', '1']);
    const lsi = run('Query', { TableName: 'items', IndexName: 'byL', ...partition, Select: 'ALL_ATTRIBUTES', Limit: 1 });
    expect(lsi['Items']).to.deep.equal([{ pk: { S: 'p' }, sk: { N: '2' }, g: { S: 'G' }, l: { S: 'L1' }, v: { S: 'x'.repeat(1000) }, w: { N: '2' } }]);
    expect(lsi['LastEvaluatedKey']).to.deep.equal({ pk: { S: 'p' }, sk: { N: '2' }, l: { S: 'L1' } });
    expectError(
      fail('Query', { TableName: 'items', IndexName: 'byG', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, Select: 'ALL_ATTRIBUTES' }),
      'ValidationException',
      'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byG because its projection type is not ALL',
    );
    expectError(
      fail('Query', { TableName: 'items', IndexName: 'byG', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, ProjectionExpression: 'v' }),
      'ValidationException',
      'One or more parameter values were invalid: Global secondary index byG does not project [v]',
    );
    expectError(
      fail('Query', { TableName: 'items', IndexName: 'byG', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, ConsistentRead: true }),
      'ValidationException',
      'Consistent reads are not supported on global secondary indexes',
    );
    expectError(fail('Query', { TableName: 'items', IndexName: 'nope', ...partition }), 'ValidationException', 'The table does not have the specified index: nope');
  });

  it('applies the rules of Select', () => {
    const { fail } = engineFixture(indexed);
    const cases: [Record<string, unknown>, string][] = [
      [{ Select: 'COUNT', ProjectionExpression: 'sk' }, 'Cannot specify the ProjectionExpression when choosing to get only the Count'],
      [{ Select: 'ALL_ATTRIBUTES', ProjectionExpression: 'sk' }, 'Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES'],
      [{ Select: 'SPECIFIC_ATTRIBUTES' }, 'Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES'],
      [{ Select: 'ALL_PROJECTED_ATTRIBUTES' }, 'ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName'],
    ];
    for (const [extra, message] of cases) expectError(fail('Query', { TableName: 'items', ...partition, ...extra }), 'ValidationException', message);
    expectError(fail('Scan', { TableName: 'items', Select: 'COUNT', AttributesToGet: ['sk'] }), 'ValidationException', 'Cannot specify the AttributesToGet when choosing to get only the Count');
    expectError(fail('Query', { TableName: 'items' }), 'ValidationException', 'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
  });

  it('validates ExclusiveStartKey', () => {
    const fixture = engineFixture(indexed);
    seed(fixture, 3);
    const { fail, run } = fixture;
    const query = (ExclusiveStartKey: unknown, extra: Record<string, unknown> = {}): unknown => ({ TableName: 'items', ...partition, ExclusiveStartKey, ...extra });
    expectError(fail('Query', query({ pk: { S: 'p' } })), 'ValidationException', "Exclusive Start Key must have same size as table's key schema");
    expectError(fail('Query', query({ pk: { S: 'q' }, sk: { N: '1' } })), 'ValidationException', 'The provided starting key does not match the range key predicate');
    expectError(fail('Query', query({ pk: { S: 'p' }, sk: { S: '1' } })), 'ValidationException', 'The provided starting key is invalid: The provided key element does not match the schema');
    expectError(fail('Query', query({ pk: { S: 'p' }, sk: { N: '1' } }, { IndexName: 'byL' })), 'ValidationException', "Exclusive Start Key must have same size as table's key schema");
    expectError(fail('Scan', { TableName: 'items', IndexName: 'byG', ExclusiveStartKey: { g: { S: 'G' } } }), 'ValidationException', 'The provided starting key is invalid');
    expectError(fail('Scan', { TableName: 'items', ExclusiveStartKey: { pk: { S: 'p' }, x: { N: '1' } } }), 'ValidationException', 'The provided starting key is invalid');
    expect(sortKeys(run('Query', query({ pk: { S: 'p' }, sk: { N: '0' } }, { ProjectionExpression: 'sk' })))).to.deep.equal(['1', '2']);
    // An empty key is invalid rather than of the wrong size; so is a global index key with more than its attributes.
    expectError(fail('Query', query({})), 'ValidationException', 'The provided starting key is invalid');
    expectError(fail('Scan', { TableName: 'items', ExclusiveStartKey: {} }), 'ValidationException', 'The provided starting key is invalid');
    const globalKey = { pk: { S: 'p' }, sk: { N: '1' }, g: { S: 'G' } };
    expectError(fail('Scan', { TableName: 'items', IndexName: 'byG', ExclusiveStartKey: { ...globalKey, w: { N: '1' } } }), 'ValidationException', 'The provided starting key is invalid');
    expect(run('Scan', { TableName: 'items', IndexName: 'byG', ExclusiveStartKey: globalKey })).to.have.property('Count');
  });

  it('judges key conditions by their count, then the partition value type before its operator', () => {
    const { fail } = engineFixture(indexed, { name: 'hashes' });
    const notSupported = 'Query key condition not supported';
    const mismatch = 'One or more parameter values were invalid: Condition parameter type does not match schema type';
    const placeholders = (text: string): Record<string, unknown> => ({ ...(text.includes(':s') ? { ':s': { S: 'x' } } : {}), ...(text.includes(':n') ? { ':n': { N: '1' } } : {}) });
    const expression = (TableName: string, KeyConditionExpression: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
      ({ TableName, KeyConditionExpression, ExpressionAttributeValues: placeholders(KeyConditionExpression), ...extra });
    const legacy = (TableName: string, KeyConditions: Record<string, unknown>): Record<string, unknown> => ({ TableName, KeyConditions });
    const eq = (value: Record<string, string>): Record<string, unknown> => ({ ComparisonOperator: 'EQ', AttributeValueList: [value] });
    // A key schema without a sort key takes one condition, whatever a second one names.
    expectError(fail('Query', expression('hashes', 'pk = :s AND zz = :s')), 'ValidationException', notSupported);
    expectError(fail('Query', legacy('hashes', { zz: { ComparisonOperator: 'NULL' }, pk: eq({ S: 'x' }) })), 'ValidationException', notSupported);
    expectError(fail('Query', expression('items', 'g = :s AND zz = :s', { IndexName: 'byG' })), 'ValidationException', notSupported);
    // No key schema takes three, but one condition per key is checked first.
    expectError(fail('Query', expression('items', 'pk = :s AND sk = :n AND g = :s')), 'ValidationException', 'Conditions can be of length 1 or 2 only');
    expectError(fail('Query', legacy('items', { pk: eq({ S: 'x' }), sk: eq({ N: '1' }), g: eq({ S: 'x' }) })), 'ValidationException', 'Conditions can be of length 1 or 2 only');
    expectError(fail('Query', expression('hashes', 'pk = :s AND pk = :s')), 'ValidationException', 'KeyConditionExpressions must only contain one condition per key');
    // The partition value's type, then its operator, then the sort values' types.
    expectError(fail('Query', expression('hashes', 'pk > :n')), 'ValidationException', mismatch);
    expectError(fail('Query', expression('items', 'pk > :n AND sk = :n')), 'ValidationException', mismatch);
    expectError(fail('Query', expression('items', 'pk > :s AND sk = :s')), 'ValidationException', notSupported);
    expectError(fail('Query', legacy('items', { pk: { ComparisonOperator: 'GT', AttributeValueList: [{ S: 'x' }] }, sk: eq({ S: 'x' }) })), 'ValidationException', notSupported);
  });

  it('lists enumerations as DynamoDB does, and judges legacy conditions before ConditionalOperator counts them', () => {
    const { fail } = engineFixture(indexed);
    expectError(fail('Scan', { TableName: 'items', Select: 'X', ConditionalOperator: 'X' }), 'ValidationException', '2 validation errors detected: '
      + "Value 'X' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; "
      + "Value 'X' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
    const filter = (AttributeValueList: unknown[]): Record<string, unknown> => ({ TableName: 'items', ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList } }, ConditionalOperator: 'OR' });
    expectError(fail('Scan', filter([{}])), 'ValidationException', 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    expectError(fail('Scan', filter([{ S: 'x' }])), 'ValidationException', 'ConditionalOperator can only be used when Filter or Expected has two or more elements');
  });

  it('validates parallel scan parameters', () => {
    const { fail } = engineFixture({ sortKey: 'N' });
    expectError(fail('Scan', { TableName: 'items', TotalSegments: 2 }), 'ValidationException', 'If total segments is specified, a particular segment must also be specified for this request');
    expectError(fail('Scan', { TableName: 'items', Segment: 0 }), 'ValidationException', 'If segment is specified, total segment must also be specified');
    expectError(
      fail('Scan', { TableName: 'items', Segment: 2, TotalSegments: 2 }),
      'ValidationException',
      "1 validation error detected: Value '2' at 'segment' failed to satisfy constraint: Member must have value less than or equal to 1",
    );
    expectError(
      fail('Scan', { TableName: 'items', Segment: 0, TotalSegments: 1_000_001 }),
      'ValidationException',
      "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000",
    );
  });

  it('pages: concatenated pages of any Limit equal one unlimited read (Query, Scan, index scans)', () => {
    const writes = fc.array(fc.record({ p: fc.constantFrom('a', 'b', 'c', 'd'), s: fc.integer({ min: 0, max: 20 }), g: fc.constantFrom('x', 'y', undefined) }), { maxLength: 40 });
    fc.assert(
      fc.property(writes, fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.constantFrom('Query', 'Scan', 'ScanIndex'), (items, limit, forward, kind) => {
        const { run } = engineFixture(indexed);
        for (const { p, s, g } of items) run('PutItem', { TableName: 'items', Item: { pk: { S: p }, sk: { N: String(s) }, ...(g === undefined ? {} : { g: { S: g } }) } });
        const base: Record<string, unknown> =
          kind === 'Query'
            ? { TableName: 'items', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'a' } }, ScanIndexForward: forward }
            : kind === 'Scan'
              ? { TableName: 'items' }
              : { TableName: 'items', IndexName: 'byG' };
        const operation = kind === 'Query' ? 'Query' : 'Scan';
        const whole = run(operation, base)['Items'];
        const paged: unknown[] = [];
        let start: unknown;
        for (let pages = 0; pages < 100; pages++) {
          const page = run(operation, { ...base, Limit: limit, ...(start === undefined ? {} : { ExclusiveStartKey: start }) });
          paged.push(...(page['Items'] as unknown[]));
          start = page['LastEvaluatedKey'];
          if (start === undefined) break;
        }
        expect(paged).to.deep.equal(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('parallel scan segments are disjoint and cover the table, whatever the segment count', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (keys, totalSegments) => {
        const { run } = engineFixture({});
        for (const pk of keys) run('PutItem', { TableName: 'items', Item: { pk: { S: pk } } });
        const seen: string[] = [];
        for (let segment = 0; segment < totalSegments; segment++) {
          let start: unknown;
          do {
            const page = run('Scan', { TableName: 'items', Segment: segment, TotalSegments: totalSegments, Limit: 3, ...(start === undefined ? {} : { ExclusiveStartKey: start }) });
            seen.push(...(page['Items'] as { pk: { S: string } }[]).map((item) => item.pk.S));
            start = page['LastEvaluatedKey'];
          } while (start !== undefined);
        }
        expect([...seen].sort()).to.deep.equal([...keys].sort());
      }),
      { numRuns: 60 },
    );
  });
});
