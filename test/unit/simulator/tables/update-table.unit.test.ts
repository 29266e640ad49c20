import { expect } from 'chai';
import { described, provisionedTable, simpleTable, START, tableTestContext, type TableTestContext } from './table-test-context.js';

const INVALID = 'One or more parameter values were invalid: ';
const NOTHING =
  'At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, ' +
  'MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required';

function update(context: TableTestContext, request: Record<string, unknown>): Record<string, unknown> {
  return context.run('UpdateTable', request)['TableDescription'] as Record<string, unknown>;
}

function throughput(read: number, write: number): Record<string, number> {
  return { ReadCapacityUnits: read, WriteCapacityUnits: write };
}

describe('UpdateTable', () => {
  describe('request rules (checked before the table is looked up)', () => {
    const cases: readonly (readonly [string, Record<string, unknown>, string, string])[] = [
      ['nothing to change', {}, 'ValidationException', NOTHING],
      ['only attribute definitions', { AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }] }, 'ValidationException', NOTHING],
      ['an empty index update list alone', { GlobalSecondaryIndexUpdates: [] }, 'ValidationException', NOTHING],
      ['an empty index update list with a change', { GlobalSecondaryIndexUpdates: [], BillingMode: 'PAY_PER_REQUEST' }, 'ValidationException', `${INVALID}List of GlobalSecondaryIndexUpdates is empty`],
      ['an empty index action', { GlobalSecondaryIndexUpdates: [{}] }, 'ValidationException',
        `${INVALID}One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null`],
      ['two actions in one entry', { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' }, Update: { IndexName: 'abc', ProvisionedThroughput: throughput(1, 1) } }] }, 'ValidationException',
        `${INVALID}Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object`],
      ['table throughput beyond the model\'s bounds (read first)', { ProvisionedThroughput: throughput(1_000_000_000_001, 1_000_000_000_001) }, 'ValidationException',
        'Given value 1000000000001 for ReadCapacityUnits is out of bounds'],
      ['table write throughput beyond the model\'s bounds', { ProvisionedThroughput: throughput(1_000_000_000_000, 1_000_000_000_001) }, 'ValidationException',
        'Given value 1000000000001 for WriteCapacityUnits is out of bounds'],
      ['index throughput beyond the model\'s bounds', { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'abc', ProvisionedThroughput: throughput(1_000_000_000_001, 1) } }] }, 'ValidationException',
        'Given value 1000000000001 for ReadCapacityUnits is out of bounds for index abc'],
      ['index write throughput beyond the model\'s bounds', { GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'abc', ProvisionedThroughput: throughput(1_000_000_000_000, 1_000_000_000_001) } }] }, 'ValidationException',
        'Given value 1000000000001 for WriteCapacityUnits is out of bounds for index abc'],
      ['an index update asking for no warm throughput, whatever else changes', { TableClass: 'STANDARD', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'gsi1', WarmThroughput: {} } }] }, 'ValidationException',
        `${INVALID}WarmThroughput must have at least one of ReadUnitsPerSecond or WriteUnitsPerSecond specified for index: gsi1`],
      ['an empty warm throughput alone (it changes nothing)', { WarmThroughput: {} }, 'ValidationException', NOTHING],
      ['two actions on one index', { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' } }, { Delete: { IndexName: 'abc' } }] }, 'ValidationException',
        `${INVALID}Only one global secondary index update per index is allowed simultaneously. Index: abc`],
      ['two index deletions', { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' } }, { Delete: { IndexName: 'abd' } }] }, 'LimitExceededException',
        'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table'],
      ['encryption with another change', { SSESpecification: { Enabled: true }, DeletionProtectionEnabled: true }, 'ValidationException',
        `${INVALID}Server-Side Encryption modification must be the only operation in the request`],
      ['table class with another change', { TableClass: 'STANDARD', DeletionProtectionEnabled: true }, 'ValidationException',
        `${INVALID}TableClass modification must be the only operation in the request`],
      ['deletion protection with another change', { DeletionProtectionEnabled: true, BillingMode: 'PAY_PER_REQUEST' }, 'ValidationException',
        `${INVALID}DeletionProtection modification must be the only operation in the request`],
      ['on-demand limits with a stream change', { OnDemandThroughput: { MaxReadRequestUnits: 5 }, StreamSpecification: { StreamEnabled: false } }, 'ValidationException',
        `${INVALID}OnDemandThroughput can only be combined with BillingMode in an UpdateTable request`],
      ['a stream change with throughput', { StreamSpecification: { StreamEnabled: false }, ProvisionedThroughput: throughput(1, 1) }, 'ValidationException',
        `${INVALID}You cannot modify stream status while updating table IOPS`],
      ['an index deletion with throughput', { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'abc' } }], ProvisionedThroughput: throughput(1, 1) }, 'ValidationException',
        `${INVALID}You cannot create or delete index while updating table IOPS`],
      ['enabling a stream without view type', { StreamSpecification: { StreamEnabled: true } }, 'ValidationException',
        `${INVALID}If stream is being enabled then UpdateViewType is required`],
      ['disabling a stream with a view type', { StreamSpecification: { StreamEnabled: false, StreamViewType: 'KEYS_ONLY' } }, 'ValidationException',
        `${INVALID}If stream is being disabled, then UpdateViewType must not be specified`],
    ];
    for (const [title, members, errorName, message] of cases) {
      it(`refuses ${title}, even for a missing table`, () => {
        tableTestContext().rejects('UpdateTable', { TableName: 'missing', ...members }, errorName, message);
      });
    }

    it('reports a missing table for a valid request', () => {
      tableTestContext().rejects('UpdateTable', { TableName: 'missing', DeletionProtectionEnabled: true }, 'ResourceNotFoundException', 'Requested resource not found: Table: missing not found');
    });
  });

  describe('billing mode and throughput', () => {
    it('raises throughput: UPDATING with the old units in the answer, the new ones afterwards', () => {
      const context = tableTestContext();
      context.run('CreateTable', provisionedTable('capacity'));
      context.advance(1000);
      const answer = update(context, { TableName: 'capacity', ProvisionedThroughput: throughput(10, 5) });
      expect(answer['TableStatus']).to.equal('UPDATING');
      expect(answer['ProvisionedThroughput']).to.deep.equal({ LastIncreaseDateTime: (START + 1000) / 1000, NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
      expect(described(context, 'capacity')['ProvisionedThroughput']).to.deep.equal({
        LastIncreaseDateTime: (START + 1000) / 1000, NumberOfDecreasesToday: 0, ReadCapacityUnits: 10, WriteCapacityUnits: 5,
      });
      expect(described(context, 'capacity')['WarmThroughput']).to.deep.equal({ ReadUnitsPerSecond: 10, WriteUnitsPerSecond: 5, Status: 'ACTIVE' });
    });

    it('refuses an unchanged throughput with DynamoDB\'s long message', () => {
      const context = tableTestContext();
      context.run('CreateTable', provisionedTable('capacity'));
      context.rejects('UpdateTable', { TableName: 'capacity', ProvisionedThroughput: throughput(5, 5) }, 'ValidationException',
        'The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: 5. ' +
          'Requested ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. ' +
          'Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.');
    });

    it('allows four decreases a UTC day, then one an hour after the last, and a fresh budget at midnight', () => {
      const context = tableTestContext(Date.UTC(2026, 0, 15, 20, 0, 0));
      context.run('CreateTable', provisionedTable('shrinking', { ProvisionedThroughput: throughput(100, 100) }));
      for (let units = 99; units >= 96; units -= 1) {
        const answer = update(context, { TableName: 'shrinking', ProvisionedThroughput: throughput(units, 100) });
        expect((answer['ProvisionedThroughput'] as Record<string, unknown>)['NumberOfDecreasesToday']).to.equal(99 - units);
        context.advance(1000);
      }
      expect((described(context, 'shrinking')['ProvisionedThroughput'] as Record<string, unknown>)['NumberOfDecreasesToday']).to.equal(4);
      context.rejects('UpdateTable', { TableName: 'shrinking', ProvisionedThroughput: throughput(95, 100) }, 'LimitExceededException',
        'Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. After the first 4 decreases, each subsequent decrease in the same UTC day can be performed at most once every 3600 seconds. ' +
          'Number of decreases today: 4. Last decrease at Thursday, January 15, 2026 at 8:00:03 PM Coordinated Universal Time. Next decrease can be made at Thursday, January 15, 2026 at 9:00:03 PM Coordinated Universal Time');
      update(context, { TableName: 'shrinking', ProvisionedThroughput: throughput(100, 101) });
      context.advance(3_600_000);
      update(context, { TableName: 'shrinking', ProvisionedThroughput: throughput(95, 101) });
      context.advance(1000);
      const refused = context.failure('UpdateTable', { TableName: 'shrinking', ProvisionedThroughput: throughput(94, 101) });
      expect(refused.message).to.contain('Number of decreases today: 5.').and.to.contain('Next decrease can be made at Thursday, January 15, 2026 at 10:00:04 PM');
      context.advance(4 * 3_600_000);
      update(context, { TableName: 'shrinking', ProvisionedThroughput: throughput(94, 101) });
      expect((described(context, 'shrinking')['ProvisionedThroughput'] as Record<string, unknown>)['NumberOfDecreasesToday']).to.equal(1);
    });

    it('switches to on demand: throughput 0/0 and a billing summary from then on', () => {
      const context = tableTestContext();
      context.run('CreateTable', provisionedTable('switching'));
      context.advance(5000);
      const answer = update(context, { TableName: 'switching', BillingMode: 'PAY_PER_REQUEST' });
      expect(answer['TableStatus']).to.equal('UPDATING');
      expect(answer['ProvisionedThroughput']).to.deep.include({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
      const table = described(context, 'switching');
      expect(table['ProvisionedThroughput']).to.deep.equal({ NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 });
      expect(table['BillingModeSummary']).to.deep.equal({ BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: (START + 5000) / 1000 });
      context.rejects('UpdateTable', { TableName: 'switching', ProvisionedThroughput: throughput(1, 1) }, 'ValidationException',
        `${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`);
      context.rejects('UpdateTable', { TableName: 'switching', BillingMode: 'PROVISIONED' }, 'ValidationException',
        `${INVALID}ProvisionedThroughput must be specified when BillingMode is PROVISIONED`);
      update(context, { TableName: 'switching', BillingMode: 'PROVISIONED', ProvisionedThroughput: throughput(3, 4) });
      const back = described(context, 'switching');
      expect(back['BillingModeSummary']).to.deep.equal({ BillingMode: 'PROVISIONED', LastUpdateToPayPerRequestDateTime: (START + 5000) / 1000 });
      expect(back['ProvisionedThroughput']).to.deep.equal({ NumberOfDecreasesToday: 0, ReadCapacityUnits: 3, WriteCapacityUnits: 4 });
      expect(back['WarmThroughput']).to.deep.equal({ ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: 'ACTIVE' });
    });

    it('needs throughput for every global index when switching to provisioned', () => {
      const context = tableTestContext();
      context.run('CreateTable', {
        ...simpleTable('with-index'),
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
        GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      });
      context.rejects('UpdateTable', { TableName: 'with-index', BillingMode: 'PROVISIONED', ProvisionedThroughput: throughput(5, 5) }, 'ValidationException',
        `${INVALID}ProvisionedThroughput must be specified for index: by-g`);
      context.rejects('UpdateTable', { TableName: 'with-index', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-g', ProvisionedThroughput: throughput(1, 1) } }] }, 'ValidationException',
        `${INVALID}The only Updates for index: by-g when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput`);
      update(context, { TableName: 'with-index', BillingMode: 'PROVISIONED', ProvisionedThroughput: throughput(5, 5), GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-g', ProvisionedThroughput: throughput(2, 3) } }] });
      const index = (described(context, 'with-index')['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0];
      expect(index?.['ProvisionedThroughput']).to.deep.equal({ NumberOfDecreasesToday: 0, ReadCapacityUnits: 2, WriteCapacityUnits: 3 });
    });

    it('sets and clears on-demand limits, member by member', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('limited'));
      expect(update(context, { TableName: 'limited', OnDemandThroughput: { MaxReadRequestUnits: 10, MaxWriteRequestUnits: 20 } })['TableStatus']).to.equal('ACTIVE');
      update(context, { TableName: 'limited', OnDemandThroughput: { MaxReadRequestUnits: -1 } });
      expect(described(context, 'limited')['OnDemandThroughput']).to.deep.equal({ MaxWriteRequestUnits: 20 });
      update(context, { TableName: 'limited', OnDemandThroughput: { MaxWriteRequestUnits: -1 } });
      expect(described(context, 'limited')['OnDemandThroughput']).to.equal(undefined);
      context.rejects('UpdateTable', { TableName: 'limited', OnDemandThroughput: { MaxWriteRequestUnits: 0 } }, 'ValidationException',
        `${INVALID}Requested MaxWriteRequestUnits for OnDemandThroughput for table is outside of valid range`);
    });
  });

  describe('global indexes', () => {
    function tableWithItems(context: TableTestContext): void {
      context.run('CreateTable', simpleTable('indexed'));
      const store = context.catalog.require('indexed').store;
      store.put({ pk: { S: 'a' }, colour: { S: 'red' } });
      store.put({ pk: { S: 'b' }, colour: { S: 'blue' } });
      store.put({ pk: { S: 'c' } });
    }

    it('creates an index, backfilled at once, CREATING in the answer and ACTIVE afterwards', () => {
      const context = tableTestContext();
      tableWithItems(context);
      const answer = update(context, {
        TableName: 'indexed',
        AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'by-colour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } } }],
      });
      expect(answer['TableStatus']).to.equal('UPDATING');
      const created = (answer['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0];
      expect(created).to.deep.include({ IndexName: 'by-colour', IndexStatus: 'CREATING', Backfilling: false, ItemCount: 0, IndexSizeBytes: 0 });
      const table = described(context, 'indexed');
      expect(table['AttributeDefinitions']).to.deep.equal([{ AttributeName: 'colour', AttributeType: 'S' }, { AttributeName: 'pk', AttributeType: 'S' }]);
      expect((table['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0]).to.deep.include({ IndexStatus: 'ACTIVE', ItemCount: 2 });
    });

    it('deletes an index: DELETING in the answer, gone with its attribute definition afterwards', () => {
      const context = tableTestContext();
      tableWithItems(context);
      update(context, {
        TableName: 'indexed',
        AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'by-colour', KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
      });
      const answer = update(context, { TableName: 'indexed', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'by-colour' } }] });
      expect((answer['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0]).to.deep.include({ IndexName: 'by-colour', IndexStatus: 'DELETING' });
      const table = described(context, 'indexed');
      expect(table['GlobalSecondaryIndexes']).to.equal(undefined);
      expect(table['AttributeDefinitions']).to.deep.equal([{ AttributeName: 'pk', AttributeType: 'S' }]);
      expect(context.catalog.require('indexed').store.index('by-colour')).to.equal(undefined);
    });

    it('refuses unknown, local and existing indexes and missing definitions', () => {
      const context = tableTestContext();
      context.run('CreateTable', provisionedTable('rules', {
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }, { AttributeName: 'l', AttributeType: 'S' }],
        LocalSecondaryIndexes: [{ IndexName: 'local-l', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
      }));
      const create = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
        Create: { IndexName: 'by-x', KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: throughput(1, 1), ...extra },
      });
      context.rejects('UpdateTable', { TableName: 'rules', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'nope' } }] }, 'ResourceNotFoundException', 'Requested resource not found: Index nope for table rules');
      context.rejects('UpdateTable', { TableName: 'rules', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'local-l' } }] }, 'ValidationException', 'Cannot delete an index that is not a GlobalSecondaryIndex: local-l');
      context.rejects('UpdateTable', { TableName: 'rules', GlobalSecondaryIndexUpdates: [create()] }, 'ValidationException', `${INVALID}AttributeDefinitions is not specified for index: by-x`);
      context.rejects('UpdateTable', { TableName: 'rules', AttributeDefinitions: [{ AttributeName: 'y', AttributeType: 'S' }], GlobalSecondaryIndexUpdates: [create()] }, 'ValidationException',
        `${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [x], AttributeDefinitions: [sk, y, pk, l]`);
      context.rejects('UpdateTable', { TableName: 'rules', AttributeDefinitions: [{ AttributeName: 'x', AttributeType: 'S' }], GlobalSecondaryIndexUpdates: [create({ ProvisionedThroughput: null })] }, 'ValidationException',
        `${INVALID}Both ReadCapacityUnits and WriteCapacityUnits must be specified for index: by-x`);
      context.rejects('UpdateTable', { TableName: 'rules', AttributeDefinitions: [{ AttributeName: 'x', AttributeType: 'S' }], GlobalSecondaryIndexUpdates: [create({ IndexName: 'local-l' })] }, 'ValidationException',
        'Attempting to create an index which already exists');
      update(context, { TableName: 'rules', AttributeDefinitions: [{ AttributeName: 'x', AttributeType: 'N' }], GlobalSecondaryIndexUpdates: [create()] });
      expect(context.catalog.require('rules').definition.globalIndexes[0]?.keySchema.partitionKey).to.deep.equal({ name: 'x', type: 'N' });
      context.rejects('UpdateTable', { TableName: 'rules', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-x', ProvisionedThroughput: throughput(1, 1) } }] }, 'ValidationException',
        'The provisioned throughput for the index by-x will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the index: 1. ' +
          'Requested ReadCapacityUnits: 1. Current WriteCapacityUnits provisioned for the index: 1. Requested WriteCapacityUnits: 1. ' +
          'Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.');
      const answer = update(context, { TableName: 'rules', GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-x', ProvisionedThroughput: throughput(2, 1) } }] });
      expect(answer['TableStatus']).to.equal('ACTIVE');
      expect((answer['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0]).to.deep.include({ IndexStatus: 'UPDATING' });
      expect(((answer['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0]?.['ProvisionedThroughput'] as Record<string, unknown>)['ReadCapacityUnits']).to.equal(1);
    });
  });

  describe('streams, encryption, table class and protection', () => {
    it('enables, refuses to change, disables and re-enables a stream with a new ARN', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('streamed'));
      const enabled = update(context, { TableName: 'streamed', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } });
      expect(enabled['StreamSpecification']).to.deep.equal({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
      const firstArn = enabled['LatestStreamArn'];
      context.rejects('UpdateTable', { TableName: 'streamed', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, 'ValidationException',
        'Table already has an enabled stream: TableName: streamed');
      update(context, { TableName: 'streamed', StreamSpecification: { StreamEnabled: false } });
      const disabled = described(context, 'streamed');
      expect(disabled['StreamSpecification']).to.equal(undefined);
      expect(disabled['LatestStreamArn']).to.equal(firstArn);
      context.rejects('UpdateTable', { TableName: 'streamed', StreamSpecification: { StreamEnabled: false } }, 'ValidationException', 'Table has no stream to disable: TableName: streamed');
      const again = update(context, { TableName: 'streamed', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
      expect(again['LatestStreamArn']).to.be.a('string').and.not.equal(firstArn);
    });

    it('switches encryption on and off with DynamoDB\'s no-op refusals', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('sealed'));
      context.rejects('UpdateTable', { TableName: 'sealed', SSESpecification: { Enabled: false } }, 'ValidationException', `${INVALID}Table is already encrypted by default`);
      const key = 'arn:aws:kms:eu-west-1:123456789012:key/one';
      expect(update(context, { TableName: 'sealed', SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key } })['TableStatus']).to.equal('ACTIVE');
      expect(described(context, 'sealed')['SSEDescription']).to.deep.equal({ Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: key });
      context.rejects('UpdateTable', { TableName: 'sealed', SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key } }, 'ValidationException',
        `${INVALID}Table is already encrypted with given KMSMasterKeyId. Use KMSMasterKeyId parameter if you want to change Master Key`);
      update(context, { TableName: 'sealed', SSESpecification: { Enabled: false } });
      expect(described(context, 'sealed')['SSEDescription']).to.equal(undefined);
    });

    it('takes an empty WarmThroughput for none, so that it may come with a change that must be alone', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('classy'));
      expect(update(context, { TableName: 'classy', TableClass: 'STANDARD', WarmThroughput: {} })['TableStatus']).to.equal('ACTIVE');
      context.rejects('UpdateTable', { TableName: 'classy', TableClass: 'STANDARD', WarmThroughput: { ReadUnitsPerSecond: 20_000 } }, 'ValidationException',
        `${INVALID}TableClass modification must be the only operation in the request`);
    });

    it('changes the table class; STANDARD on a table that never changed class is a no-op', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('classy'));
      expect(update(context, { TableName: 'classy', TableClass: 'STANDARD' })['TableStatus']).to.equal('ACTIVE');
      expect(described(context, 'classy')['TableClassSummary']).to.equal(undefined);
      context.advance(2000);
      const answer = update(context, { TableName: 'classy', TableClass: 'STANDARD_INFREQUENT_ACCESS' });
      expect(answer['TableStatus']).to.equal('UPDATING');
      expect(answer['TableClassSummary']).to.equal(undefined);
      expect(described(context, 'classy')['TableClassSummary']).to.deep.equal({ TableClass: 'STANDARD_INFREQUENT_ACCESS', LastUpdateDateTime: (START + 2000) / 1000 });
      context.rejects('UpdateTable', { TableName: 'classy', TableClass: 'cold' }, 'ValidationException',
        'Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].');
    });

    it('switches deletion protection at once', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('guarded'));
      const answer = update(context, { TableName: 'guarded', DeletionProtectionEnabled: true });
      expect(answer).to.deep.include({ TableStatus: 'ACTIVE', DeletionProtectionEnabled: true });
      expect(context.catalog.require('guarded').definition.deletionProtection).to.equal(true);
    });
  });
});
