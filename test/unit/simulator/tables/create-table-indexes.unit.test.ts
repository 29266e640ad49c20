import { expect } from 'chai';
import { provisionedTable, simpleTable, tableTestContext } from './table-test-context.js';

const INVALID = 'One or more parameter values were invalid: ';
const key = (name: string, type: 'HASH' | 'RANGE'): Record<string, string> => ({ AttributeName: name, KeyType: type });
const attribute = (name: string): Record<string, string> => ({ AttributeName: name, AttributeType: 'S' });

/** An on-demand table pk/sk with definitions for pk, sk, a, b. */
function withIndexes(indexes: Record<string, unknown>): Record<string, unknown> {
  return {
    TableName: 'indexed',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [attribute('pk'), attribute('sk'), attribute('a'), attribute('b')],
    KeySchema: [key('pk', 'HASH'), key('sk', 'RANGE')],
    ...indexes,
  };
}

function local(name: string, rangeKey: string, projection: Record<string, unknown> = { ProjectionType: 'ALL' }): Record<string, unknown> {
  return { IndexName: name, KeySchema: [key('pk', 'HASH'), key(rangeKey, 'RANGE')], Projection: projection };
}

function global(name: string, keys: readonly Record<string, string>[], projection: Record<string, unknown> = { ProjectionType: 'ALL' }): Record<string, unknown> {
  return { IndexName: name, KeySchema: keys, Projection: projection };
}

describe('CreateTable indexes', () => {
  it('creates local and global indexes that the item store knows', () => {
    const context = tableTestContext();
    context.run('CreateTable', withIndexes({ LocalSecondaryIndexes: [local('by-a', 'a')], GlobalSecondaryIndexes: [global('by-b', [key('b', 'HASH'), key('a', 'RANGE')])] }));
    const entry = context.catalog.require('indexed');
    expect(entry.store.index('by-a')?.kind).to.equal('local');
    expect(entry.store.index('by-b')?.keySchema).to.deep.equal({ partitionKey: { name: 'b', type: 'S' }, sortKey: { name: 'a', type: 'S' } });
  });

  const refusals: readonly (readonly [string, Record<string, unknown>, string])[] = [
    ['an empty local index list', { LocalSecondaryIndexes: [] }, `${INVALID}List of LocalSecondaryIndexes is empty`],
    ['an empty global index list', { GlobalSecondaryIndexes: [] }, `${INVALID}List of GlobalSecondaryIndexes is empty`],
    ['a local index key without definition', { LocalSecondaryIndexes: [local('by-c', 'c')] },
      `${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [c, pk], AttributeDefinitions: [a, b, sk, pk]`],
    ['a local index without sort key', { LocalSecondaryIndexes: [{ IndexName: 'by-a', KeySchema: [key('pk', 'HASH')], Projection: { ProjectionType: 'ALL' } }], GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'RANGE')])] },
      `${INVALID}Index KeySchema does not have a range key for index: by-a`],
    ['a local index on another partition key', { LocalSecondaryIndexes: [{ IndexName: 'by-a', KeySchema: [key('a', 'HASH'), key('b', 'RANGE')], Projection: { ProjectionType: 'ALL' } }] },
      `${INVALID}Index KeySchema does not have the same leading hash key as table KeySchema for index: by-a. index hash key: a, table hash key: pk`],
    ['a projection without type', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'RANGE')], {})] }, `${INVALID}Unknown ProjectionType: null`],
    ['INCLUDE without attributes', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'RANGE')], { ProjectionType: 'INCLUDE' })] },
      `${INVALID}ProjectionType is INCLUDE, but NonKeyAttributes is not specified`],
    ['KEYS_ONLY with attributes', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'RANGE')], { ProjectionType: 'KEYS_ONLY', NonKeyAttributes: ['x'] })] },
      `${INVALID}ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified`],
    ['a repeated projected attribute', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'RANGE')], { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x', 'x'] })] },
      `${INVALID}Duplicate element in NonKeyAttributes: x`],
    ['a global index whose first key is RANGE', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'RANGE'), key('b', 'HASH')])] },
      'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
    ['a global index key twice', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('a', 'RANGE')]), global('gsi2', [key('b', 'HASH')])] },
      'Both the Hash Key and the Range Key element in the KeySchema have the same name'],
    ['HASH after RANGE', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'RANGE'), key('sk', 'HASH')])] },
      `${INVALID}All HASH key attributes must precede RANGE key attributes in the KeySchema`],
    ['a multi-attribute key, which the simulator does not support', { GlobalSecondaryIndexes: [global('gsi', [key('a', 'HASH'), key('b', 'HASH')])] },
      `${INVALID}Multi-attribute keys (more than one HASH or RANGE attribute) are not supported by the simulator`],
    ['two indexes of the same name', { LocalSecondaryIndexes: [local('same', 'a')], GlobalSecondaryIndexes: [global('same', [key('b', 'HASH')])] },
      `${INVALID}Duplicate index name: same`],
    ['six local indexes', { LocalSecondaryIndexes: ['lsi1', 'lsi2', 'lsi3', 'lsi4', 'lsi5', 'lsi6'].map((name) => local(name, 'a')), GlobalSecondaryIndexes: [global('gsi', [key('b', 'HASH')])] },
      `${INVALID}Number of LocalSecondaryIndexes exceeds per-table limit of 5`],
    ['21 global indexes', { GlobalSecondaryIndexes: Array.from({ length: 21 }, (_, index) => global(`g${index}x`, [key('a', 'HASH'), key('b', 'RANGE')])) },
      `${INVALID}GlobalSecondaryIndex count exceeds the per-table limit of 20`],
    ['more than 100 projected attributes', {
      GlobalSecondaryIndexes: Array.from({ length: 6 }, (_, index) => global(`g${index}x`, [key('a', 'HASH'), key('b', 'RANGE')], { ProjectionType: 'INCLUDE', NonKeyAttributes: Array.from({ length: 17 }, (_unused, n) => `p${n}`) })),
    }, `${INVALID}Number of projected attributes in all indexes exceeds limit of 100`],
    ['throughput for a global index of an on-demand table', { GlobalSecondaryIndexes: [{ ...global('gsi', [key('a', 'HASH'), key('b', 'RANGE')]), ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }] },
      `${INVALID}ProvisionedThroughput should not be specified for index: gsi when BillingMode is PAY_PER_REQUEST`],
  ];
  for (const [title, indexes, message] of refusals) {
    it(`refuses ${title}`, () => {
      tableTestContext().rejects('CreateTable', withIndexes(indexes), 'ValidationException', message);
    });
  }

  it('refuses local indexes on a table without sort key before looking at their keys', () => {
    tableTestContext().rejects('CreateTable', {
      TableName: 'abc',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [attribute('pk'), attribute('a')],
      KeySchema: [key('pk', 'HASH')],
      LocalSecondaryIndexes: [{ IndexName: 'lsi', KeySchema: [key('c', 'RANGE')], Projection: {} }],
    }, 'ValidationException', `${INVALID}Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex`);
  });

  it('requires throughput for each global index of a provisioned table', () => {
    tableTestContext().rejects('CreateTable', provisionedTable('abc', {
      AttributeDefinitions: [attribute('pk'), { AttributeName: 'sk', AttributeType: 'N' }, attribute('a')],
      GlobalSecondaryIndexes: [global('by-a', [key('a', 'HASH')])],
    }), 'ValidationException', `${INVALID}ProvisionedThroughput is not specified for index: by-a`);
  });

  it('accepts exactly 100 projected attributes, 5 local and 20 global indexes', () => {
    const context = tableTestContext();
    context.run('CreateTable', withIndexes({
      LocalSecondaryIndexes: ['lsi1', 'lsi2', 'lsi3', 'lsi4', 'lsi5'].map((name) => local(name, 'a', { ProjectionType: 'INCLUDE', NonKeyAttributes: Array.from({ length: 20 }, (_unused, n) => `p${n}`) })),
      GlobalSecondaryIndexes: Array.from({ length: 20 }, (_, index) => global(`g${index}x`, [key('b', 'HASH')])),
    }));
    expect(context.catalog.require('indexed').definition.globalIndexes).to.have.length(20);
  });
});

describe('CreateTable settings', () => {
  const refusals: readonly (readonly [string, Record<string, unknown>, string])[] = [
    ['an enabled stream without view type', { StreamSpecification: { StreamEnabled: true } },
      `${INVALID}Table is being created with a stream enabled, UpdateViewType is required`],
    ['a disabled stream with a view type', { StreamSpecification: { StreamEnabled: false, StreamViewType: 'KEYS_ONLY' } },
      `${INVALID}Table is being created with a stream disabled, UpdateViewType should not be specified`],
    ['SSEType when encryption is off', { SSESpecification: { Enabled: false, SSEType: 'KMS' } }, `${INVALID}SSEType can not be specified if Enabled is false`],
    ['a key when encryption is off', { SSESpecification: { Enabled: false, KMSMasterKeyId: 'k' } }, `${INVALID}KMSMasterKeyId can not be specified if Enabled is false`],
    ['a key without SSEType KMS', { SSESpecification: { Enabled: true, KMSMasterKeyId: 'k' } }, `${INVALID}SSEType KMS is required if KMSMasterKeyId is specified`],
    ['AES256', { SSESpecification: { Enabled: true, SSEType: 'AES256' } }, `${INVALID}SSEType AES256 is not supported`],
    ['an unknown table class', { TableClass: 'GLACIER' }, 'Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].'],
    ['a tag key with the aws: prefix', { Tags: [{ Key: 'aws:x', Value: 'v' }] }, 'Tag Key cannot be prefixed with aws:, Key: aws:x'],
    ['a tag key with the aws: prefix in capitals', { Tags: [{ Key: 'AWS:x', Value: 'v' }] }, 'Tag Key cannot be prefixed with aws:, Key: AWS:x'],
    ['a tag key of 129 characters', { Tags: [{ Key: 'k'.repeat(129), Value: 'v' }] }, `The Tag Key provided is invalid, Key: ${'k'.repeat(129)}`],
    ['a tag key with #', { Tags: [{ Key: 'a#b', Value: 'v' }] }, 'The Tag Key provided is invalid, Key: a#b'],
    ['a tag value of 257 characters', { Tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }, `The Tag Value provided is invalid, Value: ${'v'.repeat(257)}`],
    ['a repeated tag key', { Tags: [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }] }, 'Duplicate Tag Keys provided as input: Duplicate Tag Key found k'],
    ['51 tags', { Tags: Array.from({ length: 51 }, (_, index) => ({ Key: `k${index}`, Value: '' })) }, 'Number of Tags exceed the current limit for the provided ResourceArn'],
  ];
  for (const [title, settings, message] of refusals) {
    it(`refuses ${title}`, () => {
      tableTestContext().rejects('CreateTable', simpleTable('abc', settings), 'ValidationException', message);
    });
  }

  it('accepts 50 tags', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('abc', { Tags: Array.from({ length: 50 }, (_, index) => ({ Key: `k ${index}:/=+-@_.`, Value: '' })) }));
    expect(context.catalog.require('abc').state.tags.size).to.equal(50);
  });

  it('refuses an existing name, but reports an invalid request first', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('abc'));
    context.rejects('CreateTable', simpleTable('abc', { BillingMode: 'PROVISIONED' }), 'ValidationException',
      `${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`);
    context.rejects('CreateTable', provisionedTable('abc'), 'ResourceInUseException', 'Table already exists: abc');
    context.run('CreateTable', simpleTable('ABC'));
    expect(context.catalog.names()).to.deep.equal(['ABC', 'abc']);
  });
});
