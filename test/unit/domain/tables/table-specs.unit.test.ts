import { expect } from 'chai';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { resolveTableName } from '../../../../domain/tables/resolve-table-name.js';
import { defineTableSpec, keyAttributesOf, tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { ALL_TABLE_SPECS, DELIVERY_TRACKING_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, MESSAGE_STORE_TABLE, SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';

describe('table specs', () => {
  it('describe the message store of design 000: event_id only, nothing else', () => {
    expect(MESSAGE_STORE_TABLE).to.deep.include({ partitionKey: { name: 'event_id', type: 'S' }, globalSecondaryIndexes: [], localSecondaryIndexes: [], billing: { mode: 'PAY_PER_REQUEST' } });
    expect([MESSAGE_STORE_TABLE.sortKey, MESSAGE_STORE_TABLE.timeToLive, MESSAGE_STORE_TABLE.stream]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('describe the event store of design 001', () => {
    expect(EVENT_STORE_EVENTS_TABLE).to.deep.include({ partitionKey: { name: 'entityId', type: 'S' }, sortKey: { name: 'sequenceNumber', type: 'N' } });
    expect(EVENT_STORE_EVENTS_TABLE.globalSecondaryIndexes).to.deep.equal([
      { name: 'EventTypeIndex', partitionKey: { name: 'aggregateType', type: 'S' }, sortKey: { name: 'eventTime', type: 'S' }, projection: { type: 'ALL' } },
      { name: 'UserActionIndex', partitionKey: { name: 'userId', type: 'S' }, sortKey: { name: 'eventTime', type: 'S' }, projection: { type: 'ALL' } },
    ]);
    expect(EVENT_STORE_SNAPSHOTS_TABLE).to.deep.include({ partitionKey: { name: 'entityId', type: 'S' }, sortKey: { name: 'version', type: 'N' } });
    expect(resolveTableName(EVENT_STORE_EVENTS_TABLE)).to.equal('ProductService-Events');
    expect(resolveTableName(EVENT_STORE_SNAPSHOTS_TABLE)).to.equal('ProductService-Snapshots');
  });

  it('describe delivery tracking of design 003', () => {
    expect(DELIVERY_TRACKING_TABLE).to.deep.include({
      partitionKey: { name: 'user_id', type: 'S' },
      sortKey: { name: 'timestamp#event_id', type: 'S' },
      timeToLive: { attributeName: 'ttl' },
      stream: { viewType: 'NEW_IMAGE' },
      pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: 35 },
      billing: { mode: 'PAY_PER_REQUEST' },
    });
    expect(DELIVERY_TRACKING_TABLE.globalSecondaryIndexes.map((index) => [index.name, index.partitionKey.name, index.sortKey?.name, index.projection.type])).to.deep.equal([
      ['EventTypeIndex', 'user_id', 'event_type#timestamp', 'ALL'],
      ['StatusIndex', 'user_id', 'status#timestamp', 'ALL'],
    ]);
    expect(keyAttributesOf(DELIVERY_TRACKING_TABLE).map((key) => key.name)).to.deep.equal(['user_id', 'timestamp#event_id', 'event_type#timestamp', 'status#timestamp']);
  });

  it('describe the simple table of design 004', () => {
    expect(SIMPLE_TABLE.sortKey).to.equal(undefined);
    expect(SIMPLE_TABLE).to.deep.include({ partitionKey: { name: 'id', type: 'S' }, encryption: { type: 'AWS_MANAGED' }, billing: { mode: 'PAY_PER_REQUEST' }, removalPolicy: 'Retain' });
    expect(resolveTableName(SIMPLE_TABLE, { DDB_TABLE_NAME: 'my-table' })).to.equal('my-table');
  });

  it('are deeply frozen, with distinct ids and environment variables', () => {
    for (const spec of ALL_TABLE_SPECS) {
      expect(Object.isFrozen(spec) && Object.isFrozen(spec.partitionKey) && Object.isFrozen(spec.globalSecondaryIndexes)).to.equal(true);
    }
    expect(new Set(ALL_TABLE_SPECS.map((spec) => spec.id)).size).to.equal(ALL_TABLE_SPECS.length);
    expect(new Set(ALL_TABLE_SPECS.map((spec) => spec.tableName.environmentVariable)).size).to.equal(ALL_TABLE_SPECS.length);
  });

  it('take table names from the environment, refusing invalid ones', () => {
    expect(resolveTableName(MESSAGE_STORE_TABLE, { MESSAGE_STORE_TABLE_NAME: 'prod.messages' })).to.equal('prod.messages');
    expect(resolveTableName(MESSAGE_STORE_TABLE, { MESSAGE_STORE_TABLE_NAME: '' })).to.equal('MessageStore');
    expect(() => resolveTableName(MESSAGE_STORE_TABLE, { MESSAGE_STORE_TABLE_NAME: 'no spaces' })).to.throw(InvalidInputError, /MESSAGE_STORE_TABLE_NAME/);
  });

  it('refuse specs that DynamoDB would refuse', () => {
    const base = { id: 'T', tableName: { default: 'Table', environmentVariable: 'T_NAME' }, partitionKey: { name: 'pk', type: 'S' as const } };
    expect(defineTableSpec(base)).to.deep.include({ deletionProtection: false, encryption: { type: 'AWS_OWNED' }, pointInTimeRecovery: { enabled: false } });
    const bad = [
      { ...base, tableName: { default: 'ab', environmentVariable: 'T_NAME' } },
      { ...base, sortKey: { name: 'pk', type: 'N' as const } },
      { ...base, globalSecondaryIndexes: [{ name: 'Index', partitionKey: { name: 'pk', type: 'N' as const }, projection: { type: 'ALL' as const } }] },
      { ...base, localSecondaryIndexes: [{ name: 'Local', sortKey: { name: 'x', type: 'S' as const }, projection: { type: 'ALL' as const } }] },
      { ...base, timeToLive: { attributeName: 'pk' } },
      { ...base, pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: 36 } },
      { ...base, billing: { mode: 'PROVISIONED' as const, readCapacityUnits: 0, writeCapacityUnits: 1 } },
    ];
    for (const spec of bad) expect(() => defineTableSpec(spec), JSON.stringify(spec)).to.throw(InvalidInputError);
    expect(tableSpecWith(MESSAGE_STORE_TABLE, { tableName: { default: 'Other', environmentVariable: 'OTHER' } }).tableName.default).to.equal('Other');
  });
});
