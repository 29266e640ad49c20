import { expect } from 'chai';
import fc from 'fast-check';
import { described, provisionedTable, simpleTable, START, tableTestContext } from './table-test-context.js';

describe('DescribeTable', () => {
  it('counts the items and bytes the store holds, per table and per index', () => {
    const context = tableTestContext();
    context.run('CreateTable', {
      ...simpleTable('counted'),
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    });
    const store = context.catalog.require('counted').store;
    store.put({ pk: { S: 'a' }, g: { S: 'x' }, payload: { S: 'hello' } });
    store.put({ pk: { S: 'b' }, payload: { S: 'no index' } });
    const table = described(context, 'counted');
    expect(table['ItemCount']).to.equal(2);
    expect(table['TableSizeBytes']).to.equal(store.sizeBytes);
    const index = (table['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0];
    expect(index?.['ItemCount']).to.equal(1);
    expect(index?.['IndexSizeBytes']).to.equal(store.indexStats('by-g').sizeBytes);
  });

  it('accepts the table ARN as TableName', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('by-arn'));
    expect(context.run('DescribeTable', { TableName: 'arn:aws:dynamodb:eu-west-1:123456789012:table/by-arn' })['Table']).to.have.property('TableName', 'by-arn');
    context.rejects('DescribeTable', { TableName: 'arn:aws:dynamodb:eu-west-1:123456789012:table/missing' }, 'ResourceNotFoundException', 'Requested resource not found: Table: missing not found');
  });

  it('says which table is missing, and validates the name first', () => {
    const context = tableTestContext();
    context.rejects('DescribeTable', { TableName: 'missing' }, 'ResourceNotFoundException', 'Requested resource not found: Table: missing not found');
    context.rejects('DescribeTable', {}, 'ValidationException', "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
    context.rejects('DescribeTable', { TableName: 'ab' }, 'ValidationException',
      "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
  });
});

describe('DeleteTable', () => {
  it('answers DELETING with the short description DynamoDB sends, and forgets the table', () => {
    const context = tableTestContext();
    const created = context.run('CreateTable', provisionedTable('gone'))['TableDescription'] as Record<string, unknown>;
    const store = context.catalog.require('gone').store;
    store.put({ pk: { S: 'a' }, sk: { N: '1' } });
    const size = store.sizeBytes;
    const description = context.run('DeleteTable', { TableName: 'gone' })['TableDescription'] as Record<string, unknown>;
    expect(description).to.deep.equal({
      TableName: 'gone',
      TableStatus: 'DELETING',
      ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      TableSizeBytes: size,
      ItemCount: 1,
      TableArn: created['TableArn'],
      TableId: created['TableId'],
      DeletionProtectionEnabled: false,
    });
    expect(size).to.be.greaterThan(0);
    context.rejects('DeleteTable', { TableName: 'gone' }, 'ResourceNotFoundException', 'Requested resource not found: Table: gone not found');
    context.rejects('DescribeTable', { TableName: 'gone' }, 'ResourceNotFoundException', 'Requested resource not found: Table: gone not found');
  });

  it('refuses a protected table and leaves it in place', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('kept', { DeletionProtectionEnabled: true }));
    context.rejects('DeleteTable', { TableName: 'kept' }, 'ValidationException',
      'Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
    expect(described(context, 'kept')['TableStatus']).to.equal('ACTIVE');
  });

  it('tells the catalog listeners', () => {
    const context = tableTestContext();
    const events: string[] = [];
    context.catalog.onChange((event) => { events.push(`${event.kind}:${event.table.name}`); });
    context.run('CreateTable', simpleTable('watched'));
    context.run('UpdateTable', { TableName: 'watched', DeletionProtectionEnabled: true });
    context.run('UpdateTable', { TableName: 'watched', DeletionProtectionEnabled: false });
    context.run('DeleteTable', { TableName: 'watched' });
    expect(events).to.deep.equal(['created:watched', 'updated:watched', 'updated:watched', 'deleted:watched']);
  });
});

describe('ListTables', () => {
  it('pages in byte order and omits LastEvaluatedTableName exactly at the end', () => {
    const context = tableTestContext();
    for (const name of ['beta', 'Alpha', 'alpha', '0zero', 'gamma']) context.run('CreateTable', simpleTable(name));
    expect(context.run('ListTables', {})).to.deep.equal({ TableNames: ['0zero', 'Alpha', 'alpha', 'beta', 'gamma'] });
    expect(context.run('ListTables', { Limit: 2 })).to.deep.equal({ TableNames: ['0zero', 'Alpha'], LastEvaluatedTableName: 'Alpha' });
    expect(context.run('ListTables', { Limit: 2, ExclusiveStartTableName: 'Alpha' })).to.deep.equal({ TableNames: ['alpha', 'beta'], LastEvaluatedTableName: 'beta' });
    expect(context.run('ListTables', { Limit: 2, ExclusiveStartTableName: 'beta' })).to.deep.equal({ TableNames: ['gamma'] });
    expect(context.run('ListTables', { Limit: 1, ExclusiveStartTableName: 'beta' })).to.deep.equal({ TableNames: ['gamma'] });
    expect(context.run('ListTables', { ExclusiveStartTableName: 'zzz' })).to.deep.equal({ TableNames: [] });
    expect(context.run('ListTables', { ExclusiveStartTableName: 'b-never-existed' })).to.deep.equal({ TableNames: ['beta', 'gamma'] });
  });

  it('validates Limit and the start name', () => {
    const context = tableTestContext();
    context.rejects('ListTables', { Limit: 0 }, 'ValidationException', "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
    context.rejects('ListTables', { Limit: 101 }, 'ValidationException', "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
    context.rejects('ListTables', { ExclusiveStartTableName: 'a:b' }, 'ValidationException',
      "1 validation error detected: Value 'a:b' at 'exclusiveStartTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
  });

  it('visits every table exactly once, whatever the page size', () => {
    const nameArbitrary = fc.stringMatching(/^[a-zA-Z0-9_.-]{3,12}$/u);
    fc.assert(
      fc.property(fc.uniqueArray(nameArbitrary, { maxLength: 30 }), fc.integer({ min: 1, max: 100 }), (names, limit) => {
        const context = tableTestContext(START);
        for (const name of names) context.run('CreateTable', simpleTable(name));
        const seen: string[] = [];
        let start: string | undefined;
        for (let page = 0; page <= names.length; page += 1) {
          const answer = context.run('ListTables', { Limit: limit, ...(start === undefined ? {} : { ExclusiveStartTableName: start }) });
          const tableNames = answer['TableNames'] as string[];
          expect(tableNames.length).to.be.at.most(limit);
          seen.push(...tableNames);
          start = answer['LastEvaluatedTableName'] as string | undefined;
          if (start === undefined) break;
          expect(start).to.equal(tableNames.at(-1));
        }
        expect(seen).to.deep.equal([...names].sort());
      }),
      { numRuns: 40 },
    );
  });
});
