/**
 * Which calls a rule hits: by operation and table, on the n-th matching call, within a time
 * window, for the next N calls, by probability from the seed (the same seed, the same faults),
 * until removed or cleared; and the log of what was injected.
 */
import { expect } from 'chai';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import type { FaultRule } from '../../../../adapters/simulator/faults/fault-rule.js';
import { createManualClock } from '../../../../adapters/simulator/manual-clock.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';

/** Runs `count` PutItems on `table`, returning which ones failed (by their 1-based position). */
async function failingPuts(simulator: Simulator, table: string, count: number): Promise<number[]> {
  const failed: number[] = [];
  for (let index = 1; index <= count; index += 1) {
    await simulator.port.putItem({ TableName: table, Item: { pk: `k${index}` } }).catch(() => failed.push(index));
  }
  return failed;
}

async function twoTables(options: Parameters<typeof testSimulator>[0] = {}): Promise<Simulator> {
  const simulator = testSimulator(options);
  await createTestTable(simulator, 'table-x');
  await createTestTable(simulator, 'table-y');
  return simulator;
}

const throttle = { kind: 'throttling' } as const;

describe('simulator faults: rules', () => {
  it('hits only the n-th call matching its operation and table ("the 3rd PutItem on table X")', async () => {
    const simulator = await twoTables();
    simulator.faults.inject({ operation: 'PutItem', table: 'table-x', nth: 3, fault: throttle });
    expect(await failingPuts(simulator, 'table-y', 4)).to.deep.equal([]);
    await simulator.port.getItem({ TableName: 'table-x', Key: { pk: 'k1' } });
    expect(await failingPuts(simulator, 'table-x', 5)).to.deep.equal([3]);
    simulator.faults.inject({ operation: ['PutItem', 'DeleteItem'], nth: [1, 4], fault: throttle });
    expect(await failingPuts(simulator, 'table-y', 5)).to.deep.equal([1, 4]);
  });

  it('matches the tables of batches and transactions', async () => {
    const simulator = await twoTables();
    simulator.faults.inject({ table: 'table-y', fault: throttle });
    await simulator.port.batchWriteItem({ RequestItems: { 'table-x': [{ PutRequest: { Item: { pk: 'a' } } }] } });
    const batch = await simulator.port.batchWriteItem({ RequestItems: { 'table-x': [{ PutRequest: { Item: { pk: 'b' } } }], 'table-y': [{ PutRequest: { Item: { pk: 'b' } } }] } }).catch((error: unknown) => error);
    const transaction = await simulator.port.transactWriteItems({ TransactItems: [{ Put: { TableName: 'table-y', Item: { pk: 'c' } } }] }).catch((error: unknown) => error);
    expect(batch).to.be.instanceOf(Error);
    expect(transaction).to.be.instanceOf(Error);
    expect(simulator.faults.log.map((entry) => [entry.operation, entry.tables])).to.deep.equal([
      ['BatchWriteItem', ['table-x', 'table-y']],
      ['TransactWriteItems', ['table-y']],
    ]);
  });

  it('hits every call within a time window of the simulator\'s clock', async () => {
    const clock = createManualClock(1_000_000);
    const simulator = await twoTables({ clock });
    simulator.faults.inject({ between: { from: 1_010_000, until: 1_020_000 }, fault: { kind: 'internal-error' } });
    const outcomes: boolean[] = [];
    for (const time of [1_009_999, 1_010_000, 1_015_000, 1_019_999, 1_020_000]) {
      clock.set(time);
      outcomes.push(await simulator.port.putItem({ TableName: 'table-x', Item: { pk: String(time) } }).then(() => true, () => false));
    }
    expect(outcomes).to.deep.equal([true, false, false, false, true]);
    expect(simulator.faults.log.map((entry) => entry.time)).to.deep.equal([1_010_000, 1_015_000, 1_019_999]);
  });

  it('hits the next N calls and is then spent', async () => {
    const simulator = await twoTables();
    simulator.faults.inject({ times: 2, fault: throttle });
    expect(await failingPuts(simulator, 'table-x', 4)).to.deep.equal([1, 2]);
  });

  it('stops when removed, and clear() drops every rule and the log', async () => {
    const simulator = await twoTables();
    const handle = simulator.faults.inject({ fault: throttle });
    simulator.faults.inject({ operation: 'GetItem', fault: throttle });
    expect(await failingPuts(simulator, 'table-x', 1)).to.deep.equal([1]);
    handle.remove();
    expect(await failingPuts(simulator, 'table-x', 1)).to.deep.equal([]);
    expect(simulator.faults.log).to.have.length(1);
    simulator.faults.clear();
    expect(simulator.faults.log).to.deep.equal([]);
    expect((await simulator.port.getItem({ TableName: 'table-x', Key: { pk: 'k1' } })).Item).to.deep.equal({ pk: 'k1' });
  });

  it('hits by probability, the same calls again from the same seed, other calls from another seed', async () => {
    const run = async (seed: number): Promise<{ failed: number[]; log: unknown[] }> => {
      const simulator = await twoTables({ seed, clock: createManualClock(0) });
      simulator.faults.inject({ probability: 0.3, fault: throttle });
      simulator.faults.inject({ probability: 0.5, operation: 'BatchWriteItem', fault: { kind: 'unprocessed' } });
      const failed = await failingPuts(simulator, 'table-x', 60);
      const batch = await simulator.port.batchWriteItem({ RequestItems: { 'table-y': Array.from({ length: 10 }, (_, index) => ({ PutRequest: { Item: { pk: `b${index}` } } })) } }).catch(() => undefined);
      return { failed, log: [...simulator.faults.log, batch] };
    };
    const first = await run(11);
    expect(first).to.deep.equal(await run(11));
    expect(first.failed.length).to.be.within(6, 34);
    expect((await run(12)).failed).not.to.deep.equal(first.failed);
    const never = await twoTables();
    never.faults.inject({ probability: 0, fault: throttle });
    expect(await failingPuts(never, 'table-x', 20)).to.deep.equal([]);
  });

  it('logs what it injected, in order', async () => {
    const clock = createManualClock(5_000);
    const simulator = await twoTables({ clock });
    const latency = simulator.faults.inject({ operation: 'GetItem', fault: { kind: 'latency', ms: 0 } });
    const throttling = simulator.faults.inject({ operation: 'PutItem', nth: 2, fault: { kind: 'throttling', errorName: 'RequestLimitExceeded' } });
    await failingPuts(simulator, 'table-x', 2);
    await simulator.port.getItem({ TableName: 'table-y', Key: { pk: 'k1' } });
    expect(simulator.faults.log).to.deep.equal([
      { sequence: 1, time: 5_000, operation: 'PutItem', tables: ['table-x'], ruleId: throttling.id, kind: 'throttling', detail: 'RequestLimitExceeded' },
      { sequence: 2, time: 5_000, operation: 'GetItem', tables: ['table-y'], ruleId: latency.id, kind: 'latency', detail: '0 ms' },
    ]);
  });

  it('refuses rules it cannot follow, with a message naming the field', () => {
    const simulator = testSimulator();
    const invalid: readonly (readonly [unknown, RegExp])[] = [
      [{ fault: { kind: 'explode' } }, /fault\.kind/],
      [{ fault: throttle, probability: 1.5 }, /probability/],
      [{ fault: throttle, nth: 0 }, /nth/],
      [{ fault: throttle, times: 0.5 }, /times/],
      [{ fault: { kind: 'latency', ms: -1 } }, /fault\.ms/],
      [{ fault: { kind: 'unprocessed', fraction: 0 } }, /fault\.fraction/],
      [{ fault: { kind: 'throttling', errorName: 'SlowDown' } }, /fault\.errorName/],
      [{ fault: throttle, table: [] }, /table/],
    ];
    for (const [rule, message] of invalid) expect(() => simulator.faults.inject(rule as FaultRule), JSON.stringify(rule)).to.throw(message);
  });
});
