/**
 * createTableRequest: every option of a table spec lands in the CreateTable request where
 * DynamoDB expects it, and (property) whatever spec, the table DynamoDB's simulator creates from
 * the request and ensureTable completes verifies without drift.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { createSimulator } from '../../../../adapters/simulator/create-simulator.js';
import { createTableRequest } from '../../../../application/provisioning/create-table-request.js';
import { ensureTable } from '../../../../application/provisioning/ensure-table.js';
import { verifyTable } from '../../../../application/provisioning/verify-table.js';
import { defineTableSpec, tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { DELIVERY_TRACKING_TABLE, EVENT_STORE_EVENTS_TABLE, MESSAGE_STORE_TABLE, SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';
import { tableSpecArbitrary } from './support/table-spec-arbitrary.js';

const EVERYTHING = defineTableSpec({
  id: 'Everything',
  tableName: { default: 'everything', environmentVariable: 'EVERYTHING_TABLE' },
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'N' },
  globalSecondaryIndexes: [
    { name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' }, sortKey: { name: 'sk', type: 'N' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['title', 'body'] } },
    { name: 'ByKind', partitionKey: { name: 'kind', type: 'B' }, projection: { type: 'KEYS_ONLY' } },
  ],
  localSecondaryIndexes: [{ name: 'ByRank', sortKey: { name: 'rank', type: 'N' }, projection: { type: 'ALL' } }],
  billing: { mode: 'PROVISIONED', readCapacityUnits: 7, writeCapacityUnits: 3 },
  stream: { viewType: 'NEW_AND_OLD_IMAGES' },
  timeToLive: { attributeName: 'expiresAt' },
  encryption: { type: 'CUSTOMER_MANAGED', kmsKeyId: 'arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
  pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: 7 },
  deletionProtection: true,
  tableClass: 'STANDARD_INFREQUENT_ACCESS',
  tags: [{ key: 'team', value: 'storage' }],
});

describe('createTableRequest', () => {
  it('maps every option of a spec', () => {
    expect(createTableRequest(EVERYTHING, 'test-everything')).to.deep.equal({
      TableName: 'test-everything',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
        { AttributeName: 'owner', AttributeType: 'S' },
        { AttributeName: 'kind', AttributeType: 'B' },
        { AttributeName: 'rank', AttributeType: 'N' },
      ],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'ByOwner',
          KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title', 'body'] },
          ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 },
        },
        { IndexName: 'ByKind', KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 } },
      ],
      LocalSecondaryIndexes: [{ IndexName: 'ByRank', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'rank', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 },
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      TableClass: 'STANDARD_INFREQUENT_ACCESS',
      DeletionProtectionEnabled: true,
      Tags: [{ Key: 'team', Value: 'storage' }],
    });
  });

  it('gives the message store one string key, on demand, no indexes and no stream', () => {
    expect(createTableRequest(MESSAGE_STORE_TABLE, 'messages')).to.deep.equal({
      TableName: 'messages',
      AttributeDefinitions: [{ AttributeName: 'event_id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'event_id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      TableClass: 'STANDARD',
      DeletionProtectionEnabled: true,
    });
  });

  it('defines each key attribute of the delivery table once, with its two ALL-projected indexes and the NEW_IMAGE stream', () => {
    const request = createTableRequest(DELIVERY_TRACKING_TABLE, 'deliveries');
    expect(request.AttributeDefinitions.map((definition) => definition.AttributeName)).to.deep.equal(['user_id', 'timestamp#event_id', 'event_type#timestamp', 'status#timestamp']);
    expect(request.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.Projection.ProjectionType, index.ProvisionedThroughput])).to.deep.equal([
      ['EventTypeIndex', 'ALL', undefined],
      ['StatusIndex', 'ALL', undefined],
    ]);
    expect(request.StreamSpecification).to.deep.equal({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    expect(request.ProvisionedThroughput).to.equal(undefined);
  });

  it('asks for the AWS managed key with KMS and no key id, and for a DynamoDB-owned key with no SSESpecification', () => {
    expect(createTableRequest(SIMPLE_TABLE, 'simple').SSESpecification).to.deep.equal({ Enabled: true, SSEType: 'KMS' });
    expect(createTableRequest(EVENT_STORE_EVENTS_TABLE, 'events')).not.to.have.property('SSESpecification');
    expect(createTableRequest(tableSpecWith(SIMPLE_TABLE, { encryption: { type: 'AWS_OWNED' } }), 'simple')).not.to.have.property('SSESpecification');
  });

  it('leaves out empty index lists and tags, which DynamoDB refuses when present but empty', () => {
    const request = createTableRequest(SIMPLE_TABLE, 'simple');
    expect(request).not.to.have.any.keys('GlobalSecondaryIndexes', 'LocalSecondaryIndexes', 'Tags');
  });

  it('creates, for any spec, a table that ensureTable completes and verifyTable finds as specified', async () => {
    await fc.assert(
      fc.asyncProperty(tableSpecArbitrary, async (spec) => {
        const { port } = createSimulator();
        await port.createTable(createTableRequest(spec, 'random-table'));
        const ensured = await ensureTable(port, spec, 'random-table');
        expect(ensured.outcome).to.be.oneOf(['updated', 'unchanged']);
        const verification = await verifyTable(port, spec, 'random-table');
        expect(verification.drift).to.deep.equal([]);
        expect(verification.unverifiable).to.deep.equal([]);
      }),
      { numRuns: 100 },
    );
  });
});
