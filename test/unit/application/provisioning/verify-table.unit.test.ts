/**
 * verifyTable on the simulator: a table made from its spec has no drift; each kind of change,
 * made with UpdateTable, UpdateTimeToLive or UpdateContinuousBackups (or, for what only
 * CreateTable sets, by creating the table from a changed spec), is reported as exactly that
 * drift; what the endpoint cannot report is unverifiable, not drift.
 */
import { expect } from 'chai';
import { createSimulator } from '../../../../adapters/simulator/create-simulator.js';
import { createManualClock, type ManualClock } from '../../../../adapters/simulator/manual-clock.js';
import { createTableRequest } from '../../../../application/provisioning/create-table-request.js';
import { ensureTable } from '../../../../application/provisioning/ensure-table.js';
import { compareTable, verifyTable, verifyTables } from '../../../../application/provisioning/verify-table.js';
import { defineTableSpec, tableSpecWith, type TableSpec, type TableSpecInput } from '../../../../domain/tables/table-spec.js';
import { dynamoDbErrorFrom } from '../../../../ports/dynamo-db-error-classification.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { TableDescription } from '../../../../ports/dynamo-db-table-types.js';
import { interceptPort, withoutOperations } from './support/provisioning-ports.js';

const TABLE = 'verified-table';
const MINUTES_31 = 31 * 60_000;

const BASE = defineTableSpec({
  id: 'Verified',
  tableName: { default: TABLE, environmentVariable: 'VERIFIED_TABLE' },
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'N' },
  globalSecondaryIndexes: [
    { name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' }, sortKey: { name: 'sk', type: 'N' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['title', 'body'] } },
    { name: 'ByKind', partitionKey: { name: 'kind', type: 'S' }, projection: { type: 'ALL' } },
  ],
  localSecondaryIndexes: [{ name: 'ByRank', sortKey: { name: 'rank', type: 'N' }, projection: { type: 'KEYS_ONLY' } }],
  billing: { mode: 'PROVISIONED', readCapacityUnits: 5, writeCapacityUnits: 4 },
  stream: { viewType: 'NEW_IMAGE' },
  timeToLive: { attributeName: 'ttl' },
  encryption: { type: 'AWS_MANAGED' },
  pointInTimeRecovery: { enabled: true },
  deletionProtection: true,
});

interface Fixture {
  readonly port: DynamoDbPort;
  readonly clock: ManualClock;
}

/** A table made from `built` (the spec itself unless a variant is given), completed by ensureTable. */
async function tableFrom(built: TableSpec = BASE): Promise<Fixture> {
  const clock = createManualClock(Date.parse('2025-06-01T00:00:00Z'));
  const { port } = createSimulator({ clock });
  await port.createTable(createTableRequest(built, TABLE));
  await ensureTable(port, built, TABLE);
  return { port, clock };
}

async function driftAfter(change: Partial<TableSpecInput>): Promise<unknown> {
  const { port } = await tableFrom(tableSpecWith(BASE, change));
  return (await verifyTable(port, BASE, TABLE)).drift;
}

describe('verifyTable', () => {
  it('finds no drift and nothing unverifiable on a table made from its spec', async () => {
    const { port } = await tableFrom();
    expect(await verifyTable(port, BASE, TABLE)).to.deep.equal({ specId: 'Verified', tableName: TABLE, exists: true, drift: [], unverifiable: [] });
  });

  it('reports a missing table as one drift', async () => {
    const { port } = createSimulator();
    expect(await verifyTable(port, BASE, 'nowhere')).to.deep.equal({ specId: 'Verified', tableName: 'nowhere', exists: false, drift: [{ path: 'table', expected: 'present', actual: 'absent' }], unverifiable: [] });
  });

  describe('keys and indexes (set by CreateTable)', () => {
    it('reports a partition key of another name', async () => {
      const changed = { partitionKey: { name: 'id', type: 'S' } } as const;
      expect(await driftAfter(changed)).to.deep.equal([{ path: 'partitionKey.name', expected: 'pk', actual: 'id' }]);
    });

    it('reports a key attribute of another type', async () => {
      expect(await driftAfter({ partitionKey: { name: 'pk', type: 'B' } })).to.deep.equal([{ path: 'partitionKey.type', expected: 'S', actual: 'B' }]);
    });

    it('reports a missing sort key', async () => {
      expect(await driftAfter({ sortKey: undefined, localSecondaryIndexes: [], globalSecondaryIndexes: BASE.globalSecondaryIndexes.map((index) => ({ ...index, sortKey: undefined })) })).to.deep.equal([
        { path: 'sortKey.name', expected: 'sk', actual: null },
        { path: 'globalSecondaryIndexes.ByOwner.sortKey.name', expected: 'sk', actual: null },
        { path: 'localSecondaryIndexes.ByRank', expected: 'present', actual: 'absent' },
      ]);
    });

    it("reports an index's keys, key types and projection", async () => {
      const [byOwner, byKind] = BASE.globalSecondaryIndexes;
      if (byOwner === undefined || byKind === undefined) throw new Error('BASE has two global indexes');
      const drift = await driftAfter({
        globalSecondaryIndexes: [
          { ...byOwner, sortKey: { name: 'at', type: 'S' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['title', 'summary'] } },
          { ...byKind, partitionKey: { name: 'kind', type: 'N' }, projection: { type: 'KEYS_ONLY' } },
        ],
      });
      expect(drift).to.deep.equal([
        { path: 'globalSecondaryIndexes.ByOwner.sortKey.name', expected: 'sk', actual: 'at' },
        { path: 'globalSecondaryIndexes.ByOwner.projection.nonKeyAttributes', expected: ['body', 'title'], actual: ['summary', 'title'] },
        { path: 'globalSecondaryIndexes.ByKind.partitionKey.type', expected: 'S', actual: 'N' },
        { path: 'globalSecondaryIndexes.ByKind.projection.type', expected: 'ALL', actual: 'KEYS_ONLY' },
      ]);
    });

    it('reports a local index with another sort key and projection, and an extra local index', async () => {
      const drift = await driftAfter({
        localSecondaryIndexes: [
          { name: 'ByRank', sortKey: { name: 'score', type: 'N' }, projection: { type: 'ALL' } },
          { name: 'ByAge', sortKey: { name: 'age', type: 'N' }, projection: { type: 'ALL' } },
        ],
      });
      expect(drift).to.deep.equal([
        { path: 'localSecondaryIndexes.ByAge', expected: 'absent', actual: 'present' },
        { path: 'localSecondaryIndexes.ByRank.sortKey.name', expected: 'rank', actual: 'score' },
        { path: 'localSecondaryIndexes.ByRank.projection.type', expected: 'KEYS_ONLY', actual: 'ALL' },
      ]);
    });

    it('compares the non-key attributes of a projection as a set', () => {
      const table: TableDescription = {
        TableName: TABLE,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'owner', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        GlobalSecondaryIndexes: [{ IndexName: 'ByOwner', KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['c', 'a', 'b'] } }],
        BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
        DeletionProtectionEnabled: false,
      };
      const spec = defineTableSpec({
        id: 'Small',
        tableName: { default: TABLE, environmentVariable: 'SMALL_TABLE' },
        partitionKey: { name: 'pk', type: 'S' },
        globalSecondaryIndexes: [{ name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['b', 'c', 'a'] } }],
      });
      const observed = { table, timeToLive: { available: true, value: { TimeToLiveStatus: 'DISABLED' } }, continuousBackups: { available: true, value: { ContinuousBackupsStatus: 'ENABLED' } } } as const;
      expect(compareTable(spec, TABLE, observed).drift).to.deep.equal([]);
    });

    it('reports a missing global index and an extra one (UpdateTable)', async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'ByKind' } }] });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'globalSecondaryIndexes.ByKind', expected: 'present', actual: 'absent' }]);
      await port.updateTable({
        TableName: TABLE,
        AttributeDefinitions: [{ AttributeName: 'kind', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'ByKindToo', KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 4 } } }],
      });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([
        { path: 'globalSecondaryIndexes.ByKind', expected: 'present', actual: 'absent' },
        { path: 'globalSecondaryIndexes.ByKindToo', expected: 'absent', actual: 'present' },
      ]);
    });
  });

  describe('settings (changed with the Update operations)', () => {
    it('reports the billing mode', async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, BillingMode: 'PAY_PER_REQUEST' });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'billing.mode', expected: 'PROVISIONED', actual: 'PAY_PER_REQUEST' }]);
    });

    it("reports the table's and an index's throughput", async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, ProvisionedThroughput: { ReadCapacityUnits: 9, WriteCapacityUnits: 4 } });
      await port.updateTable({ TableName: TABLE, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'ByKind', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 } } }] });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([
        { path: 'globalSecondaryIndexes.ByKind.billing.writeCapacityUnits', expected: 4, actual: 2 },
        { path: 'billing.readCapacityUnits', expected: 5, actual: 9 },
      ]);
    });

    it('reports a disabled stream, then a stream of another view type', async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, StreamSpecification: { StreamEnabled: false } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'stream.enabled', expected: true, actual: false }]);
      await port.updateTable({ TableName: TABLE, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'stream.viewType', expected: 'NEW_IMAGE', actual: 'KEYS_ONLY' }]);
    });

    it('reports disabled time to live, then time to live on another attribute', async () => {
      const { port, clock } = await tableFrom();
      clock.advance(MINUTES_31);
      await port.updateTimeToLive({ TableName: TABLE, TimeToLiveSpecification: { Enabled: false, AttributeName: 'ttl' } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'timeToLive.enabled', expected: true, actual: false }]);
      clock.advance(MINUTES_31);
      await port.updateTimeToLive({ TableName: TABLE, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'timeToLive.attributeName', expected: 'ttl', actual: 'expires' }]);
    });

    it('reports time to live that the spec does not ask for', async () => {
      const { port } = await tableFrom();
      expect((await verifyTable(port, tableSpecWith(BASE, { timeToLive: undefined }), TABLE)).drift).to.deep.equal([{ path: 'timeToLive.enabled', expected: false, actual: true }]);
    });

    it('reports disabled point-in-time recovery, then another recovery period', async () => {
      const { port } = await tableFrom();
      await port.updateContinuousBackups({ TableName: TABLE, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'pointInTimeRecovery.enabled', expected: true, actual: false }]);
      await port.updateContinuousBackups({ TableName: TABLE, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'pointInTimeRecovery.recoveryPeriodInDays', expected: 35, actual: 7 }]);
    });

    it('reports encryption moved back to a key DynamoDB owns', async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, SSESpecification: { Enabled: false } });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'encryption.type', expected: 'KMS', actual: 'AWS_OWNED' }]);
    });

    it('reports a customer managed key other than the one the spec names', async () => {
      const spec = tableSpecWith(BASE, { encryption: { type: 'CUSTOMER_MANAGED', kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' } });
      const { port } = await tableFrom(spec);
      expect((await verifyTable(port, spec, TABLE)).drift).to.deep.equal([]);
      await port.updateTable({ TableName: TABLE, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'ffffffff-12ab-34cd-56ef-1234567890ab' } });
      const { drift } = await verifyTable(port, spec, TABLE);
      expect(drift).to.have.length(1);
      expect(drift[0]).to.include({ path: 'encryption.kmsKeyId', expected: '1234abcd-12ab-34cd-56ef-1234567890ab' });
      expect(drift[0]?.actual).to.match(/:key\/ffffffff-12ab-34cd-56ef-1234567890ab$/);
    });

    it('reports deletion protection switched off', async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, DeletionProtectionEnabled: false });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'deletionProtection', expected: true, actual: false }]);
    });

    it('reports another table class', async () => {
      const { port } = await tableFrom();
      await port.updateTable({ TableName: TABLE, TableClass: 'STANDARD_INFREQUENT_ACCESS' });
      expect((await verifyTable(port, BASE, TABLE)).drift).to.deep.equal([{ path: 'tableClass', expected: 'STANDARD', actual: 'STANDARD_INFREQUENT_ACCESS' }]);
    });
  });

  describe('what cannot be verified', () => {
    /** DynamoDB Local: no continuous backups API, no SSEDescription, no TableClassSummary. */
    function localLike(port: DynamoDbPort): DynamoDbPort {
      return interceptPort(withoutOperations(port, ['DescribeContinuousBackups', 'UpdateContinuousBackups']), async (operation, _input, next) => {
        const output = await next();
        if (operation !== 'DescribeTable') return output;
        const { SSEDescription: _sse, TableClassSummary: _class, ...table } = (output as { Table: TableDescription }).Table;
        return { Table: table };
      });
    }

    it('lists point-in-time recovery, encryption and a non-standard class as unverifiable on an endpoint like DynamoDB Local', async () => {
      const spec = tableSpecWith(BASE, { tableClass: 'STANDARD_INFREQUENT_ACCESS' });
      const { port } = await tableFrom(spec);
      const verification = await verifyTable(localLike(port), spec, TABLE);
      expect(verification.drift).to.deep.equal([]);
      expect(verification.unverifiable.map((entry) => entry.feature)).to.deep.equal(['pointInTimeRecovery', 'encryption', 'tableClass']);
      expect(verification.unverifiable[0]?.reason).to.equal('the endpoint does not support DescribeContinuousBackups (UnknownOperationException)');
    });

    it('compares what DynamoDB would report when told the endpoint describes everything', async () => {
      const { port } = await tableFrom();
      const verification = await verifyTable(localLike(port), BASE, TABLE, { completeDescriptions: true });
      expect(verification.unverifiable.map((entry) => entry.feature)).to.deep.equal(['pointInTimeRecovery']);
      expect(verification.drift).to.deep.equal([{ path: 'encryption.type', expected: 'KMS', actual: 'AWS_OWNED' }]);
    });

    it('lists time to live as unverifiable where DescribeTimeToLive does not exist', async () => {
      const { port } = await tableFrom();
      const verification = await verifyTable(withoutOperations(port, ['DescribeTimeToLive']), BASE, TABLE);
      expect(verification).to.deep.include({ drift: [], unverifiable: [{ feature: 'timeToLive', reason: 'the endpoint does not support DescribeTimeToLive (UnknownOperationException)' }] });
    });

    it('lists a setting it may not read as unverifiable, still treating the endpoint as DynamoDB', async () => {
      const { port } = await tableFrom();
      const denied = interceptPort(port, (operation, _input, next) =>
        operation === 'DescribeContinuousBackups' ? Promise.reject(dynamoDbErrorFrom({ errorName: 'AccessDeniedException', message: 'not authorized to perform dynamodb:DescribeContinuousBackups' })) : next(),
      );
      const verification = await verifyTable(denied, BASE, TABLE);
      expect(verification).to.deep.include({
        drift: [],
        unverifiable: [{ feature: 'pointInTimeRecovery', reason: 'DescribeContinuousBackups failed: AccessDeniedException: not authorized to perform dynamodb:DescribeContinuousBackups' }],
      });
    });

    it('compares tags read with ListTagsOfResource, and lists them as unverifiable where that operation does not exist', async () => {
      const spec = tableSpecWith(BASE, { tags: [{ key: 'team', value: 'storage' }] });
      const { port } = await tableFrom(tableSpecWith(spec, { tags: [{ key: 'team', value: 'other' }] }));
      expect(await verifyTable(port, spec, TABLE)).to.deep.include({ drift: [{ path: 'tags.team', expected: 'storage', actual: 'other' }], unverifiable: [] });
      const verification = await verifyTable(withoutOperations(port, ['ListTagsOfResource']), spec, TABLE);
      expect(verification).to.deep.include({ drift: [], unverifiable: [{ feature: 'tags', reason: 'the endpoint does not support ListTagsOfResource (UnknownOperationException)' }] });
    });

    it('lists a key named by alias as unverifiable, since DynamoDB reports the key ARN', async () => {
      const spec = tableSpecWith(BASE, { encryption: { type: 'CUSTOMER_MANAGED', kmsKeyId: 'alias/storage' } });
      const { port } = await tableFrom(spec);
      const verification = await verifyTable(port, spec, TABLE);
      expect(verification.drift).to.deep.equal([]);
      expect(verification.unverifiable.map((entry) => entry.feature)).to.deep.equal(['encryption']);
      expect(verification.unverifiable[0]?.reason).to.include('alias/storage');
    });
  });

  it('verifies several specs under their resolved names', async () => {
    const { port } = await tableFrom();
    const other = tableSpecWith(BASE, { id: 'Other', tableName: { default: 'other-table', environmentVariable: 'OTHER_TABLE' } });
    const results = await verifyTables(port, [BASE, other], { environment: { OTHER_TABLE: 'elsewhere' } });
    expect(results.map((result) => [result.tableName, result.exists, result.drift.length])).to.deep.equal([
      [TABLE, true, 0],
      ['elsewhere', false, 1],
    ]);
  });
});
