import { expect } from 'chai';
import { TIME_TO_LIVE_COOLDOWN_MS } from '../../../../adapters/simulator/tables/time-to-live.js';
import { simpleTable, tableTestContext, type TableTestContext } from './table-test-context.js';

function ttl(context: TableTestContext, enabled: boolean, attributeName = 'expiresAt'): Record<string, unknown> {
  return context.run('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { Enabled: enabled, AttributeName: attributeName } });
}

describe('UpdateTimeToLive and DescribeTimeToLive', () => {
  it('enables TTL on an attribute, visible in the definition the items engine sweeps by', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('expiring'));
    expect(context.run('DescribeTimeToLive', { TableName: 'expiring' })).to.deep.equal({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
    expect(ttl(context, true)).to.deep.equal({ TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } });
    expect(context.run('DescribeTimeToLive', { TableName: 'expiring' })).to.deep.equal({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' } });
    expect(context.catalog.require('expiring').definition.timeToLive).to.deep.equal({ attributeName: 'expiresAt', enabled: true });
  });

  it('refuses no-op and conflicting changes before the cooldown', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('expiring'));
    context.rejects('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { Enabled: false, AttributeName: 'expiresAt' } }, 'ValidationException', 'TimeToLive is already disabled');
    ttl(context, true);
    context.rejects('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } }, 'ValidationException', 'TimeToLive is already enabled');
    context.rejects('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { Enabled: true, AttributeName: 'other' } }, 'ValidationException',
      'TimeToLive is active on a different AttributeName: current AttributeName is expiresAt');
  });

  it('refuses a second change within the cooldown, by the clock', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('expiring'));
    ttl(context, true);
    context.advance(TIME_TO_LIVE_COOLDOWN_MS - 1);
    context.rejects('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { Enabled: false, AttributeName: 'expiresAt' } }, 'ValidationException',
      'Time to live has been modified multiple times within a fixed interval');
    context.advance(1);
    ttl(context, false);
    expect(context.run('DescribeTimeToLive', { TableName: 'expiring' })).to.deep.equal({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
    expect(context.catalog.require('expiring').definition.timeToLive).to.equal(undefined);
    context.advance(TIME_TO_LIVE_COOLDOWN_MS);
    ttl(context, true, 'renamed');
    expect(context.catalog.require('expiring').definition.timeToLive?.attributeName).to.equal('renamed');
  });

  it('validates the specification and names a missing table', () => {
    const context = tableTestContext();
    context.rejects('UpdateTimeToLive', { TableName: 'expiring' }, 'ValidationException',
      "1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
    context.rejects('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { AttributeName: '' } }, 'ValidationException',
      '2 validation errors detected: ' +
        "Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null; " +
        "Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1");
    context.rejects('UpdateTimeToLive', { TableName: 'expiring', TimeToLiveSpecification: { Enabled: true, AttributeName: 'a' } }, 'ResourceNotFoundException',
      'Requested resource not found: Table: expiring not found');
    context.rejects('DescribeTimeToLive', { TableName: 'expiring' }, 'ResourceNotFoundException', 'Requested resource not found: Table: expiring not found');
  });
});
