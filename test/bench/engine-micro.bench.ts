/**
 * Micro-benchmarks of the simulator's engine alone (wire-form requests, no front): a conditional
 * PutItem of a 1 KB item, a consistent GetItem, a 100-item Query on tables of 10,000 and of
 * 1,000,000 items, and the memory per stored 1 KB item. Figures are printed, never asserted.
 *
 *   node --expose-gc --import tsx test/bench/engine-micro.bench.ts
 */
import { SimulatorEngine } from '../../adapters/simulator/engine/simulator-engine.js';

const PAYLOAD = 'x'.repeat(1000);

function engineWithTable(name: string): SimulatorEngine {
  const engine = new SimulatorEngine({ clock: { now: () => Date.now() } });
  engine.execute('CreateTable', {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  });
  return engine;
}

/**
 * Microseconds of this process's CPU time per operation: CPU time rather than wall time, so that
 * other processes on a busy machine do not count (they still disturb caches).
 */
function timePerOperation(count: number, operation: (index: number) => void): number {
  for (let index = 0; index < Math.min(20_000, count); index++) operation(-1 - index);
  const started = process.cpuUsage();
  for (let index = 0; index < count; index++) operation(index);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
}

function putAndGet(): void {
  const engine = engineWithTable('kvtable');
  const put = timePerOperation(200_000, (index) => {
    engine.execute('PutItem', {
      TableName: 'kvtable',
      Item: { pk: { S: `key-${index}` }, sk: { N: '0' }, payload: { S: PAYLOAD }, n: { N: String(index) } },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });
  const get = timePerOperation(200_000, (index) => {
    engine.execute('GetItem', { TableName: 'kvtable', Key: { pk: { S: `key-${Math.abs(index) % 100_000}` }, sk: { N: '0' } }, ConsistentRead: true });
  });
  console.log(`conditional PutItem, 1 KB item       ${put.toFixed(2)} µs/op`);
  console.log(`consistent GetItem, 1 KB item        ${get.toFixed(2)} µs/op`);
}

/** Every item gets its own payload string, as real items would (a shared one would hide its cost). */
function fill(engine: SimulatorEngine, items: number, perPartition: number): void {
  for (let index = 0; index < items; index++) {
    engine.execute('PutItem', {
      TableName: 'qtable',
      Item: { pk: { S: `p${Math.floor(index / perPartition)}` }, sk: { N: String(index % perPartition) }, payload: { S: String(index).padEnd(PAYLOAD.length, 'x') } },
    });
  }
}

function queryCost(items: number): number {
  const engine = engineWithTable('qtable');
  fill(engine, items, 1000);
  const partitions = items / 1000;
  return timePerOperation(20_000, (index) => {
    engine.execute('Query', {
      TableName: 'qtable',
      KeyConditionExpression: 'pk = :p AND sk >= :s',
      ExpressionAttributeValues: { ':p': { S: `p${Math.abs(index) % partitions}` }, ':s': { N: String(Math.abs(index) % 900) } },
      Limit: 100,
    });
  });
}

function memoryPerItem(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return Number.NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const engine = engineWithTable('qtable');
  fill(engine, 200_000, 100);
  gc();
  const after = process.memoryUsage().heapUsed;
  const perItem = (after - before) / 200_000;
  if (engine.tableDefinition('qtable') === undefined) throw new Error('table vanished');
  return perItem;
}

putAndGet();
const small = queryCost(10_000);
const large = queryCost(1_000_000);
console.log(`Query of 100 items, 10,000 items     ${small.toFixed(2)} µs/op`);
console.log(`Query of 100 items, 1,000,000 items  ${large.toFixed(2)} µs/op  (ratio ${(large / small).toFixed(2)}, target <= 2)`);
console.log(`memory per stored 1 KB item          ${Math.round(memoryPerItem())} bytes (target < 3072; needs --expose-gc)`);
