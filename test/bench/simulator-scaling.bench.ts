/**
 * The simulator's structures: a Query returning 100 items should cost about the same on a table
 * of 10,000 items as on one of 1,000,000 (ordered partitions, not scans: ratio at most 2), and a
 * stored 1 KB item should take under 3 KB of memory. Measured through the port, as users see it.
 * Needs `node --expose-gc` for the memory figure.
 */
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { BenchReport } from './bench-report.js';

const PER_PARTITION = 1000;

async function filled(items: number): Promise<DynamoDbPort> {
  const { port } = createSimulator();
  await port.createTable({
    TableName: 'scaling',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  });
  for (let index = 0; index < items; index += 1) {
    // Each item its own 1 KB payload, as real items would have (a shared string would hide the cost).
    await port.putItem({ TableName: 'scaling', Item: { pk: `p${Math.floor(index / PER_PARTITION)}`, sk: index % PER_PARTITION, payload: String(index).padEnd(1000, 'x') } });
  }
  return port;
}

/** CPU microseconds per 100-item Query over random partitions and start points. */
async function queryMicros(port: DynamoDbPort, items: number): Promise<number> {
  const partitions = items / PER_PARTITION;
  let seed = 7;
  const next = (bound: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % bound;
  };
  const query = (): Promise<unknown> =>
    port.query({ TableName: 'scaling', KeyConditionExpression: 'pk = :p AND sk >= :s', ExpressionAttributeValues: { ':p': `p${next(partitions)}`, ':s': next(PER_PARTITION - 100) }, Limit: 100 });
  for (let index = 0; index < 2000; index += 1) await query();
  const started = process.cpuUsage();
  const count = 10_000;
  for (let index = 0; index < count; index += 1) await query();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

export async function runSimulatorScaling(report: BenchReport): Promise<void> {
  const small = await queryMicros(await filled(10_000), 10_000);
  report.add({ section: 'scaling', name: 'Query of 100 items, table of 10,000 items (port)', value: small, unit: 'µs/op (CPU)' });
  const before = heapUsed();
  const large = await filled(1_000_000);
  const perItem = (heapUsed() - before) / 1_000_000;
  const big = await queryMicros(large, 1_000_000);
  report.add({ section: 'scaling', name: 'Query of 100 items, table of 1,000,000 items (port)', value: big, unit: 'µs/op (CPU)' });
  report.add({ section: 'scaling', name: 'Query cost ratio, 1,000,000 / 10,000 items', value: big / small, unit: 'x', target: '<= 2', met: big / small <= 2 });
  if ((globalThis as { gc?: unknown }).gc !== undefined) {
    report.add({ section: 'scaling', name: 'memory per stored 1 KB item (heap, 1,000,000 items)', value: perItem, unit: 'bytes', target: '< 3072', met: perItem < 3072 });
  }
}
