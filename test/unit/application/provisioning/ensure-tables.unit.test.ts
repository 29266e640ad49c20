/**
 * ensureTables and ensureTable on the simulator: creation, idempotence, races between ensurers
 * (fc.scheduler), switching on what an existing table lacks, what it leaves alone, unsupported
 * operations, waiting for ACTIVE with an injected sleep and clock, and table names.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { createSimulator } from '../../../../adapters/simulator/create-simulator.js';
import { createManualClock } from '../../../../adapters/simulator/manual-clock.js';
import { createTableRequest } from '../../../../application/provisioning/create-table-request.js';
import { ensureTable } from '../../../../application/provisioning/ensure-table.js';
import { ensureTables } from '../../../../application/provisioning/ensure-tables.js';
import { ProvisioningError } from '../../../../application/provisioning/provisioning-error.js';
import { tableNameFor, tableNamesFor } from '../../../../application/provisioning/table-names.js';
import { verifyTable, verifyTables } from '../../../../application/provisioning/verify-table.js';
import { tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { ALL_TABLE_SPECS, DELIVERY_TRACKING_TABLE, MESSAGE_STORE_TABLE, SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { dynamoDbErrorFrom } from '../../../../ports/dynamo-db-error-classification.js';
import type { TableDescription } from '../../../../ports/dynamo-db-table-types.js';
import { interceptPort, withoutOperations } from './support/provisioning-ports.js';

const DELIVERIES = 'deliveries';

/** The delivery table's keys and indexes only: no stream, TTL, recovery or protection. */
const BARE_DELIVERY = tableSpecWith(DELIVERY_TRACKING_TABLE, { stream: undefined, timeToLive: undefined, pointInTimeRecovery: { enabled: false } });

describe('ensureTables', () => {
  it('creates the five design tables, reporting what it did for each, and changes nothing the second time', async () => {
    const { port } = createSimulator();
    const first = await ensureTables(port, ALL_TABLE_SPECS, { prefix: 'app-' });
    expect(first.map((result) => [result.specId, result.tableName, result.outcome, result.changes])).to.deep.equal([
      ['MessageStore', 'app-MessageStore', 'created', ['createdTable', 'enabledPointInTimeRecovery']],
      ['EventStoreEvents', 'app-ProductService-Events', 'created', ['createdTable', 'enabledPointInTimeRecovery']],
      ['EventStoreSnapshots', 'app-ProductService-Snapshots', 'created', ['createdTable', 'enabledPointInTimeRecovery']],
      ['DeliveryTracking', 'app-DeliveryTracking-Events', 'created', ['createdTable', 'enabledTimeToLive', 'enabledPointInTimeRecovery']],
      ['SimpleTable', 'app-SimpleTable', 'created', ['createdTable']],
    ]);
    expect(first.every((result) => result.unsupported.length === 0 && result.conflicts.length === 0)).to.equal(true);
    const second = await ensureTables(port, ALL_TABLE_SPECS, { prefix: 'app-' });
    expect(second.map((result) => [result.outcome, result.changes])).to.deep.equal(ALL_TABLE_SPECS.map(() => ['unchanged', []]));
    const verified = await verifyTables(port, ALL_TABLE_SPECS, { prefix: 'app-' });
    expect(verified.map((verification) => [verification.drift, verification.unverifiable])).to.deep.equal(ALL_TABLE_SPECS.map(() => [[], []]));
  });

  it('lets concurrent ensurers all succeed, whatever the interleaving, with each table created and its TTL enabled once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 3 }), async (scheduler, racers) => {
        const simulator = createSimulator();
        const port = interceptPort(simulator.port, (operation, _input, next) => scheduler.schedule(Promise.resolve(operation)).then(next));
        const running = Promise.all(Array.from({ length: racers }, () => ensureTables(port, ALL_TABLE_SPECS, { prefix: 'race-' })));
        await scheduler.waitFor(running);
        const results = (await running).flat();
        for (const spec of ALL_TABLE_SPECS) {
          const changes = results.filter((result) => result.specId === spec.id).flatMap((result) => result.changes);
          expect(changes.filter((change) => change === 'createdTable'), spec.id).to.have.length(1);
          expect(changes.filter((change) => change === 'enabledTimeToLive'), spec.id).to.have.length(spec.timeToLive === undefined ? 0 : 1);
        }
        const verified = await verifyTables(simulator.port, ALL_TABLE_SPECS, { prefix: 'race-' });
        expect(verified.flatMap((verification) => verification.drift)).to.deep.equal([]);
      }),
      { numRuns: 30 },
    );
  });

  it('waits for the other tables before reporting a failure, so nothing is left running', async () => {
    const { port } = createSimulator();
    const failing = interceptPort(port, (operation, input, next) =>
      operation === 'CreateTable' && (input as { TableName: string }).TableName === 'MessageStore' ? Promise.reject(dynamoDbErrorFrom({ errorName: 'LimitExceededException', message: 'Too many tables' })) : next(),
    );
    const attempt = ensureTables(failing, [MESSAGE_STORE_TABLE, DELIVERY_TRACKING_TABLE]);
    await attempt.then(
      () => expect.fail('the failure must surface'),
      (error: unknown) => { expect(DynamoDbError.is(error) && error.errorName).to.equal('LimitExceededException'); },
    );
    expect((await verifyTable(port, DELIVERY_TRACKING_TABLE, 'DeliveryTracking-Events')).drift).to.deep.equal([]);
  });
});

describe('ensureTable on an existing table', () => {
  async function bareDeliveryTable(): Promise<ReturnType<typeof createSimulator>> {
    const simulator = createSimulator({ clock: createManualClock(Date.parse('2025-06-01T00:00:00Z')) });
    await simulator.port.createTable(createTableRequest(tableSpecWith(BARE_DELIVERY, { deletionProtection: false }), DELIVERIES));
    return simulator;
  }

  it('switches on the stream, deletion protection, TTL and point-in-time recovery the spec asks for', async () => {
    const { port } = await bareDeliveryTable();
    const spec = tableSpecWith(DELIVERY_TRACKING_TABLE, { deletionProtection: true });
    const result = await ensureTable(port, spec, DELIVERIES);
    expect(result).to.deep.equal({
      specId: 'DeliveryTracking',
      tableName: DELIVERIES,
      outcome: 'updated',
      changes: ['enabledStream', 'enabledDeletionProtection', 'enabledTimeToLive', 'enabledPointInTimeRecovery'],
      unsupported: [],
      conflicts: [],
    });
    expect((await verifyTable(port, spec, DELIVERIES)).drift).to.deep.equal([]);
  });

  it('changes the recovery period when recovery is on with another period', async () => {
    const { port } = await bareDeliveryTable();
    await port.updateContinuousBackups({ TableName: DELIVERIES, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 3 } });
    const result = await ensureTable(port, tableSpecWith(BARE_DELIVERY, { pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: 10 } }), DELIVERIES);
    expect(result.changes).to.deep.equal(['changedRecoveryPeriod']);
    const recovery = (await port.describeContinuousBackups({ TableName: DELIVERIES })).ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
    expect(recovery?.RecoveryPeriodInDays).to.equal(10);
  });

  it('reports, and leaves, a stream of another view type and TTL on another attribute', async () => {
    const { port } = await bareDeliveryTable();
    await port.updateTable({ TableName: DELIVERIES, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    await port.updateTimeToLive({ TableName: DELIVERIES, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
    const result = await ensureTable(port, tableSpecWith(DELIVERY_TRACKING_TABLE, { pointInTimeRecovery: { enabled: false } }), DELIVERIES);
    expect(result).to.deep.include({
      outcome: 'unchanged',
      changes: [],
      conflicts: [
        { path: 'stream.viewType', expected: 'NEW_IMAGE', actual: 'KEYS_ONLY' },
        { path: 'timeToLive.attributeName', expected: 'ttl', actual: 'expires' },
      ],
    });
    expect((await port.describeTable({ TableName: DELIVERIES })).Table?.StreamSpecification?.StreamViewType).to.equal('KEYS_ONLY');
  });

  it('never switches anything off', async () => {
    const { port } = await bareDeliveryTable();
    await ensureTable(port, tableSpecWith(DELIVERY_TRACKING_TABLE, { deletionProtection: true }), DELIVERIES);
    const result = await ensureTable(port, BARE_DELIVERY, DELIVERIES);
    expect(result.changes).to.deep.equal([]);
    expect((await verifyTable(port, BARE_DELIVERY, DELIVERIES)).drift.map((entry) => entry.path)).to.deep.equal(['stream.enabled', 'timeToLive.enabled', 'pointInTimeRecovery.enabled', 'deletionProtection']);
  });

  it("reports point-in-time recovery and TTL as unsupported where the endpoint lacks their operations, and fails on nothing", async () => {
    const simulator = createSimulator();
    const port = withoutOperations(simulator.port, ['DescribeContinuousBackups', 'UpdateContinuousBackups', 'DescribeTimeToLive', 'UpdateTimeToLive']);
    const result = await ensureTable(port, DELIVERY_TRACKING_TABLE, DELIVERIES);
    expect(result).to.deep.include({ outcome: 'created', changes: ['createdTable'], unsupported: ['timeToLive', 'pointInTimeRecovery'] });
  });

  it('reports point-in-time recovery as unsupported when only the update is missing', async () => {
    const { port } = createSimulator();
    const result = await ensureTable(withoutOperations(port, ['UpdateContinuousBackups']), MESSAGE_STORE_TABLE, 'messages');
    expect(result).to.deep.include({ changes: ['createdTable'], unsupported: ['pointInTimeRecovery'] });
  });

  it('waits and tries again while the table is busy or its backups are not ready yet', async () => {
    const { port } = await bareDeliveryTable();
    const refusals = new Map([
      ['UpdateTable', 'ResourceInUseException'],
      ['UpdateContinuousBackups', 'ContinuousBackupsUnavailableException'],
    ]);
    const busy = interceptPort(port, (operation, _input, next) => {
      const errorName = refusals.get(operation);
      if (errorName === undefined) return next();
      refusals.delete(operation);
      return Promise.reject(dynamoDbErrorFrom({ errorName, message: 'try again later' }));
    });
    const sleeps: number[] = [];
    const sleep = (ms: number): Promise<void> => { sleeps.push(ms); return Promise.resolve(); };
    const result = await ensureTable(busy, tableSpecWith(DELIVERY_TRACKING_TABLE, { deletionProtection: false }), DELIVERIES, { sleep, pollIntervalMs: 250 });
    expect([result.changes, sleeps]).to.deep.equal([['enabledStream', 'enabledTimeToLive', 'enabledPointInTimeRecovery'], [250, 250]]);
  });

  it('takes a table that another creator made between its look and its CreateTable', async () => {
    const { port } = createSimulator();
    await ensureTable(port, SIMPLE_TABLE, 'simple');
    let looks = 0;
    const late = interceptPort(port, (operation, _input, next) =>
      operation === 'DescribeTable' && looks++ === 0 ? Promise.reject(dynamoDbErrorFrom({ errorName: 'ResourceNotFoundException', message: 'Requested resource not found' })) : next(),
    );
    expect(await ensureTable(late, SIMPLE_TABLE, 'simple')).to.deep.include({ outcome: 'unchanged', changes: [] });
  });

  it('fails with DynamoDB\'s error when a change is refused for good (TTL changed again within DynamoDB\'s interval)', async () => {
    const clock = createManualClock(Date.parse('2025-06-01T00:00:00Z'));
    const { port } = createSimulator({ clock });
    await ensureTable(port, DELIVERY_TRACKING_TABLE, DELIVERIES);
    clock.advance(31 * 60_000);
    await port.updateTimeToLive({ TableName: DELIVERIES, TimeToLiveSpecification: { Enabled: false, AttributeName: 'ttl' } });
    const error: unknown = await ensureTable(port, DELIVERY_TRACKING_TABLE, DELIVERIES).then(() => undefined, (failure: unknown) => failure);
    expect(DynamoDbError.is(error) && error.message).to.equal('Time to live has been modified multiple times within a fixed interval');
  });
});

describe('ensureTable waiting', () => {
  /** A port that reports the table (and its indexes) CREATING for the first `times` descriptions. */
  function slowToCreate(times: number, tableStatus: 'CREATING' | 'DELETING' = 'CREATING'): { port: ReturnType<typeof interceptPort>; sleeps: number[]; clock: ReturnType<typeof createManualClock> } {
    const { port } = createSimulator();
    const clock = createManualClock(0);
    const sleeps: number[] = [];
    let left = times;
    const slow = interceptPort(port, async (operation, input, next) => {
      if (operation !== 'DescribeTable' || left === 0) return next();
      left--;
      if (tableStatus === 'DELETING') return { Table: { TableName: (input as { TableName: string }).TableName, TableStatus: 'DELETING' } };
      const table = ((await next()) as { Table: TableDescription }).Table;
      return { Table: { ...table, GlobalSecondaryIndexes: table.GlobalSecondaryIndexes?.map((index) => ({ ...index, IndexStatus: 'CREATING' })) } };
    });
    return { port: slow, sleeps, clock };
  }

  it('polls DescribeTable until the table and its indexes are ACTIVE', async () => {
    const { port, sleeps, clock } = slowToCreate(3);
    const sleep = (ms: number): Promise<void> => { sleeps.push(ms); clock.advance(ms); return Promise.resolve(); };
    // The first look finds no table; the next two find its indexes still CREATING.
    const result = await ensureTable(port, DELIVERY_TRACKING_TABLE, DELIVERIES, { sleep, clock, pollIntervalMs: 500 });
    expect(result.outcome).to.equal('created');
    expect(sleeps).to.deep.equal([500, 500]);
  });

  it('gives up with a ProvisioningError when the table is not ACTIVE in time', async () => {
    const { port, clock } = slowToCreate(100);
    const sleep = (ms: number): Promise<void> => { clock.advance(ms); return Promise.resolve(); };
    const error: unknown = await ensureTable(port, DELIVERY_TRACKING_TABLE, DELIVERIES, { sleep, clock, pollIntervalMs: 400, timeoutMs: 1_000 }).then(() => undefined, (failure: unknown) => failure);
    expect(ProvisioningError.is(error) && [error.code, error.tableName, error.message]).to.deep.equal(['TableNotActive', DELIVERIES, `The table ${DELIVERIES} was still waiting for its index EventTypeIndex (CREATING) after 1000 ms`]);
  });

  it('waits for a table being deleted to be gone before creating it again', async () => {
    const { port, sleeps, clock } = slowToCreate(2, 'DELETING');
    const sleep = (ms: number): Promise<void> => { sleeps.push(ms); clock.advance(ms); return Promise.resolve(); };
    const result = await ensureTable(port, SIMPLE_TABLE, 'simple', { sleep, clock });
    expect([result.outcome, sleeps]).to.deep.equal(['created', [1_000, 1_000]]);
  });
});

describe('table names', () => {
  it('come from an override, else the environment variable, else the default, with the prefix in front', () => {
    expect(tableNameFor(SIMPLE_TABLE)).to.equal('SimpleTable');
    expect(tableNameFor(SIMPLE_TABLE, { environment: { DDB_TABLE_NAME: 'from-env' }, prefix: 'dev-' })).to.equal('dev-from-env');
    expect(tableNameFor(SIMPLE_TABLE, { environment: { DDB_TABLE_NAME: 'from-env' }, overrides: { SimpleTable: 'chosen' } })).to.equal('chosen');
  });

  it('refuse an invalid name and two specs on one table', () => {
    expect(() => tableNameFor(SIMPLE_TABLE, { prefix: 'bad prefix ' })).to.throw(ProvisioningError, 'is not valid');
    expect(() => tableNamesFor([SIMPLE_TABLE, MESSAGE_STORE_TABLE], { overrides: { SimpleTable: 'same', MessageStore: 'same' } })).to.throw(ProvisioningError, 'SimpleTable and MessageStore would both use the table same');
  });
});
