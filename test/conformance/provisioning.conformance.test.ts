/**
 * Provisioning against DynamoDB Local: the five design tables are created, completed and verified
 * with nothing but point-in-time recovery (no API) and encryption (no SSEDescription) left
 * unverifiable; a second run changes nothing; racing ensurers all succeed; changes made behind
 * provisioning's back are reported as drift and repaired where ensure may; the command line
 * works against the endpoint.
 */
import { expect } from 'chai';
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { main } from '../../application/main/provision.js';
import { ensureTables } from '../../application/provisioning/ensure-tables.js';
import { tableNamesFor } from '../../application/provisioning/table-names.js';
import { verifyTables } from '../../application/provisioning/verify-table.js';
import { ALL_TABLE_SPECS } from '../../domain/tables/table-specs.js';
import { dynamoDbLocalEndpoint } from '../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../support/unique-table-name.js';

async function dropTables(port: AwsDynamoDbPort, prefix: string): Promise<void> {
  const names = [...tableNamesFor(ALL_TABLE_SPECS, { prefix }).values()];
  await Promise.all(
    names.map(async (TableName) => {
      await port.updateTable({ TableName, DeletionProtectionEnabled: false }).catch(() => undefined);
      await port.deleteTable({ TableName }).catch(() => undefined);
    }),
  );
}

describe('provisioning on DynamoDB Local', function () {
  this.timeout(120_000);
  let port: AwsDynamoDbPort;
  const prefixes: string[] = [];

  function freshPrefix(): string {
    const prefix = `${uniqueTableName('prov')}-`;
    prefixes.push(prefix);
    return prefix;
  }

  before(() => {
    port = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'provisioning', secretAccessKey: 'conformance' } });
  });

  after(async () => {
    for (const prefix of prefixes) await dropTables(port, prefix);
    port.close();
  });

  it('creates the five design tables, reports point-in-time recovery as unsupported, and verifies them', async () => {
    const prefix = freshPrefix();
    const results = await ensureTables(port, ALL_TABLE_SPECS, { prefix });
    expect(results.map((result) => [result.specId, result.outcome, result.changes, result.unsupported, result.conflicts])).to.deep.equal([
      ['MessageStore', 'created', ['createdTable'], ['pointInTimeRecovery'], []],
      ['EventStoreEvents', 'created', ['createdTable'], ['pointInTimeRecovery'], []],
      ['EventStoreSnapshots', 'created', ['createdTable'], ['pointInTimeRecovery'], []],
      ['DeliveryTracking', 'created', ['createdTable', 'enabledTimeToLive'], ['pointInTimeRecovery'], []],
      ['SimpleTable', 'created', ['createdTable'], [], []],
    ]);
    const verified = await verifyTables(port, ALL_TABLE_SPECS, { prefix });
    for (const verification of verified) {
      expect(verification.drift, verification.specId).to.deep.equal([]);
      expect(verification.unverifiable.map((entry) => entry.feature), verification.specId).to.deep.equal(['pointInTimeRecovery', 'encryption']);
    }
    const again = await ensureTables(port, ALL_TABLE_SPECS, { prefix });
    expect(again.map((result) => [result.outcome, result.changes])).to.deep.equal(ALL_TABLE_SPECS.map(() => ['unchanged', []]));
  });

  it('lets concurrent ensurers all succeed, each table created once', async () => {
    const prefix = freshPrefix();
    const racing = await Promise.all([1, 2, 3].map(() => ensureTables(port, ALL_TABLE_SPECS, { prefix })));
    const results = racing.flat();
    for (const spec of ALL_TABLE_SPECS) {
      const changes = results.filter((result) => result.specId === spec.id).flatMap((result) => result.changes);
      expect(changes.filter((change) => change === 'createdTable'), spec.id).to.have.length(1);
      // DynamoDB refuses all but the first of concurrent UpdateTimeToLive calls; DynamoDB Local
      // sometimes accepts several, and each racer then rightly reports its own success.
      const enabled = changes.filter((change) => change === 'enabledTimeToLive').length;
      if (spec.timeToLive === undefined) expect(enabled, spec.id).to.equal(0);
      else expect(enabled, spec.id).to.be.within(1, 3);
    }
    expect((await verifyTables(port, ALL_TABLE_SPECS, { prefix })).flatMap((verification) => verification.drift)).to.deep.equal([]);
  });

  it('reports changes made behind its back as drift, and switches back on what ensure may', async () => {
    const prefix = freshPrefix();
    await ensureTables(port, ALL_TABLE_SPECS, { prefix });
    const names = tableNamesFor(ALL_TABLE_SPECS, { prefix });
    const deliveries = names.get('DeliveryTracking') ?? '';
    const messages = names.get('MessageStore') ?? '';
    await port.updateTable({ TableName: deliveries, StreamSpecification: { StreamEnabled: false } });
    await port.updateTable({ TableName: messages, DeletionProtectionEnabled: false });
    await port.updateTimeToLive({ TableName: deliveries, TimeToLiveSpecification: { Enabled: false, AttributeName: 'ttl' } });
    const drifted = await verifyTables(port, ALL_TABLE_SPECS, { prefix });
    expect(drifted.map((verification) => [verification.specId, verification.drift])).to.deep.equal([
      ['MessageStore', [{ path: 'deletionProtection', expected: true, actual: false }]],
      ['EventStoreEvents', []],
      ['EventStoreSnapshots', []],
      ['DeliveryTracking', [{ path: 'stream.enabled', expected: true, actual: false }, { path: 'timeToLive.enabled', expected: true, actual: false }]],
      ['SimpleTable', []],
    ]);
    const repaired = await ensureTables(port, ALL_TABLE_SPECS, { prefix });
    expect(repaired.map((result) => result.changes)).to.deep.equal([['enabledDeletionProtection'], [], [], ['enabledStream', 'enabledTimeToLive'], []]);
    expect((await verifyTables(port, ALL_TABLE_SPECS, { prefix })).flatMap((verification) => verification.drift)).to.deep.equal([]);
  });

  it('runs ensure and verify from the command line against the endpoint', async () => {
    const prefix = freshPrefix();
    let out = '';
    const io = { out: (text: string) => { out += text; }, err: (text: string) => { out += text; }, environment: {} };
    expect(await main(['ensure', '--endpoint', dynamoDbLocalEndpoint(), '--prefix', prefix], io)).to.equal(0);
    expect(out).to.include(`DeliveryTracking (table ${prefix}DeliveryTracking-Events): created: created the table, enabled time to live\n  not supported by this endpoint: point-in-time recovery\n`);
    out = '';
    expect(await main(['verify', '--endpoint', dynamoDbLocalEndpoint(), '--prefix', prefix], io)).to.equal(0);
    expect(out).to.include(`MessageStore (table ${prefix}MessageStore): matches its spec\n  not verifiable: point-in-time recovery (the endpoint does not support DescribeContinuousBackups (UnknownOperationException))\n`);
    expect(out).to.include('5 tables: 5 match, 0 differ');
  });
});
