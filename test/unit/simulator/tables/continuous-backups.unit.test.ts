import { expect } from 'chai';
import { simpleTable, START, tableTestContext } from './table-test-context.js';

const DAY = 86_400_000;

describe('UpdateContinuousBackups and DescribeContinuousBackups', () => {
  it('reports PITR disabled, then enabled with restorable times that follow the clock', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('recoverable'));
    expect(context.run('DescribeContinuousBackups', { TableName: 'recoverable' })).to.deep.equal({
      ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' } },
    });
    const enabled = context.run('UpdateContinuousBackups', { TableName: 'recoverable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 } });
    expect(enabled).to.deep.equal({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 7, EarliestRestorableDateTime: START / 1000, LatestRestorableDateTime: START / 1000 },
      },
    });
    context.advance(10 * DAY);
    const later = context.run('DescribeContinuousBackups', { TableName: 'recoverable' })['ContinuousBackupsDescription'] as Record<string, Record<string, unknown>>;
    expect(later['PointInTimeRecoveryDescription']).to.deep.equal({
      PointInTimeRecoveryStatus: 'ENABLED',
      RecoveryPeriodInDays: 7,
      EarliestRestorableDateTime: (START + 3 * DAY) / 1000,
      LatestRestorableDateTime: (START + 10 * DAY - 300_000) / 1000,
    });
  });

  it('defaults the period to 35 days again on re-enabling', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('recoverable'));
    context.run('UpdateContinuousBackups', { TableName: 'recoverable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 3 } });
    context.run('UpdateContinuousBackups', { TableName: 'recoverable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false } });
    context.run('UpdateContinuousBackups', { TableName: 'recoverable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } });
    expect(context.catalog.require('recoverable').definition.pointInTimeRecovery).to.deep.equal({ enabled: true, recoveryPeriodInDays: 35 });
  });

  it('validates the period, refuses it when disabling, and names a missing table its own way', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('recoverable'));
    context.rejects('UpdateContinuousBackups', { TableName: 'recoverable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 36 } }, 'ValidationException',
      "1 validation error detected: Value '36' at 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 35");
    context.rejects('UpdateContinuousBackups', { TableName: 'recoverable', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false, RecoveryPeriodInDays: 3 } }, 'ValidationException',
      'Invalid Request: Cannot specify RecoveryPeriodInDays when disabling point-in-time recovery.');
    context.rejects('DescribeContinuousBackups', { TableName: 'missing' }, 'TableNotFoundException', 'Table not found: missing');
    context.rejects('UpdateContinuousBackups', { TableName: 'missing', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }, 'TableNotFoundException', 'Table not found: missing');
  });
});
