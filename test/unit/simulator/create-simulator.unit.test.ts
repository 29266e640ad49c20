/**
 * createSimulator's options and defaults: the clock (system by default, a manual one for tests),
 * region and account in ARNs and records, the TTL sweep (manual by default, or on a timer),
 * servers closed with the simulator, and options it refuses.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { createSimulator } from '../../../adapters/simulator/create-simulator.js';
import { createManualClock } from '../../../adapters/simulator/manual-clock.js';
import { systemClock } from '../../../ports/clock.js';
import { createTestTable } from './fronts/support/test-simulator.js';

describe('createSimulator', () => {
  it('follows the system clock unless given another', () => {
    expect(createSimulator().clock).to.equal(systemClock);
    const clock = createManualClock(0);
    expect(createSimulator({ clock }).clock).to.equal(clock);
  });

  it('puts its region and account into ARNs and stream records', async () => {
    const simulator = createSimulator({ region: 'ap-southeast-2', accountId: '123456789012' });
    await createTestTable(simulator, 'located-table', { stream: 'KEYS_ONLY' });
    const table = (await simulator.port.describeTable({ TableName: 'located-table' })).Table;
    expect(table?.TableArn).to.equal('arn:aws:dynamodb:ap-southeast-2:123456789012:table/located-table');
    expect(table?.LatestStreamArn).to.match(/^arn:aws:dynamodb:ap-southeast-2:123456789012:table\/located-table\/stream\//);
    const records: string[] = [];
    simulator.subscribe('located-table', (record) => records.push(record.awsRegion));
    await simulator.port.putItem({ TableName: 'located-table', Item: { pk: 'a' } });
    expect(records).to.deep.equal(['ap-southeast-2']);
    expect(simulator.engine.tableDefinition('located-table')?.arn).to.equal(table?.TableArn);
  });

  describe('TTL sweep', () => {
    const expiringItem = async (options: Parameters<typeof createSimulator>[0]): Promise<{ readonly remaining: () => Promise<number> }> => {
      const simulator = createSimulator(options);
      await createTestTable(simulator, 'ttl-table');
      await simulator.port.updateTimeToLive({ TableName: 'ttl-table', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
      await simulator.port.putItem({ TableName: 'ttl-table', Item: { pk: 'a', expires: 1 } });
      return { remaining: async () => (await simulator.port.scan({ TableName: 'ttl-table', Select: 'COUNT' })).Count };
    };

    it('leaves expired items readable until sweepExpiredItems() by default', async () => {
      const timers = sinon.useFakeTimers({ toFake: ['setInterval'] });
      try {
        const clock = createManualClock(10_000);
        const simulator = createSimulator({ clock });
        await createTestTable(simulator, 'ttl-table');
        await simulator.port.updateTimeToLive({ TableName: 'ttl-table', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
        await simulator.port.putItem({ TableName: 'ttl-table', Item: { pk: 'a', expires: 5 } });
        await timers.tickAsync(24 * 3_600_000);
        expect((await simulator.port.getItem({ TableName: 'ttl-table', Key: { pk: 'a' } })).Item).to.deep.equal({ pk: 'a', expires: 5 });
        expect(simulator.sweepExpiredItems()).to.equal(1);
        expect((await simulator.port.getItem({ TableName: 'ttl-table', Key: { pk: 'a' } })).Item).to.equal(undefined);
      } finally {
        timers.restore();
      }
    });

    it('sweeps on a timer when asked to', async () => {
      const timers = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      try {
        const table = await expiringItem({ clock: createManualClock(10_000), ttlSweep: { intervalMs: 1000 } });
        expect(await table.remaining()).to.equal(1);
        await timers.tickAsync(1000);
        expect(await table.remaining()).to.equal(0);
      } finally {
        timers.restore();
      }
    });
  });

  it('closes every server it started', async () => {
    const simulator = createSimulator();
    const first = await simulator.listen();
    const second = await simulator.listen(0);
    expect(first.url).not.to.equal(second.url);
    await simulator.close();
    for (const server of [first, second]) expect(await fetch(server.url).then(() => 'open', () => 'closed')).to.equal('closed');
  });

  it('refuses options it cannot use', () => {
    expect(() => createSimulator({ ttlSweep: { intervalMs: 0 } })).to.throw(RangeError, /ttlSweep/);
    expect(() => createSimulator({ region: 'Not A Region' })).to.throw(RangeError, /region/);
    expect(() => createSimulator({ accountId: '42' })).to.throw(RangeError, /accountId/);
  });
});

describe('createManualClock', () => {
  it('moves only when told to', () => {
    const clock = createManualClock(1_000);
    expect(clock.now()).to.equal(1_000);
    expect(clock.advance(500)).to.equal(1_500);
    clock.set(200);
    expect(clock.now()).to.equal(200);
    expect(() => clock.advance(-1)).to.throw(RangeError);
    expect(() => { clock.set(Number.NaN); }).to.throw(RangeError);
    expect(() => createManualClock(Number.POSITIVE_INFINITY)).to.throw(RangeError);
  });
});
