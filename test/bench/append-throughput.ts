/**
 * Appends per second against raw conditional PutItems on the same endpoint, in the same run:
 * the figure behind the append design (application/event-store/append-events.ts). Rounds of
 * each kind alternate, and the median round counts, so that load from other processes on the
 * machine hits all kinds alike.
 *
 *     node --import tsx test/bench/append-throughput.ts [appendsPerRound] [rounds] [concurrency]
 *
 * starts its own DynamoDB Local (or uses DYNAMODB_LOCAL_ENDPOINT) and prints a JSON report.
 */
import { randomUUID } from 'node:crypto';
import { createEventStore } from '../../application/event-store/create-event-store.js';
import { EVENT_ATTRIBUTES as E, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE } from '../../domain/tables/table-specs.js';
import { keyAttributesOf } from '../../domain/tables/table-spec.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { createDynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { InputOf, OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';
import { systemClock } from '../../ports/clock.js';

export interface AppendThroughputOptions {
  readonly appendsPerRound: number;
  readonly rounds: number;
  /** Writers at once, each on its own stream. */
  readonly concurrency: number;
}

export interface AppendThroughputReport {
  readonly rawPutItemPerSecond: number;
  readonly knownVersionAppendPerSecond: number;
  readonly unknownVersionAppendPerSecond: number;
  /** knownVersionAppendPerSecond / rawPutItemPerSecond: the target is at least 0.9. */
  readonly ratio: number;
  readonly transactionRatio: number;
  readonly requestsPerAppend: number;
}

async function createTable(port: DynamoDbPort, name: string, spec: typeof EVENT_STORE_EVENTS_TABLE): Promise<void> {
  await port.createTable({
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributesOf(spec).map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: [{ AttributeName: spec.partitionKey.name, KeyType: 'HASH' }, ...(spec.sortKey === undefined ? [] : [{ AttributeName: spec.sortKey.name, KeyType: 'RANGE' as const }])],
    GlobalSecondaryIndexes: spec.globalSecondaryIndexes.length === 0 ? undefined : spec.globalSecondaryIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [{ AttributeName: index.partitionKey.name, KeyType: 'HASH' as const }, ...(index.sortKey === undefined ? [] : [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' as const }])],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  });
}

function counting(inner: DynamoDbPort): { port: DynamoDbPort; count: () => number } {
  let calls = 0;
  const send = <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    calls++;
    return inner.send(operation, input);
  };
  return { port: createDynamoDbPort(send), count: () => calls };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(concurrency: number, perWriter: number, body: (writer: number, index: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async (_, writer) => {
    for (let index = 0; index < perWriter; index++) await body(writer, index);
  }));
  return (concurrency * perWriter) / ((performance.now() - started) / 1000);
}

export async function measureAppendThroughput(port: DynamoDbPort, options: AppendThroughputOptions): Promise<AppendThroughputReport> {
  const run = randomUUID().slice(0, 8);
  const events = `bench-events-${run}`;
  const snapshots = `bench-snapshots-${run}`;
  await createTable(port, events, EVENT_STORE_EVENTS_TABLE);
  await createTable(port, snapshots, EVENT_STORE_SNAPSHOTS_TABLE);
  const counted = counting(port);
  const ids = { newId: () => randomUUID() };
  const store = createEventStore({ port: counted.port, clock: systemClock, ids, tables: { events, snapshots } });
  const perWriter = Math.max(1, Math.floor(options.appendsPerRound / options.concurrency));
  const data = { sku: 'ABC-123', price: 1999, currency: 'EUR', tags: ['new', 'sale'] };
  const raw: number[] = [];
  const known: number[] = [];
  const unknown: number[] = [];
  let requests = 0;
  let appends = 0;
  const kinds: (() => Promise<void>)[] = [
    async () => {
      raw.push(await timed(options.concurrency, perWriter, (writer, index) =>
        port.putItem({
          TableName: events,
          // The same item an append writes, so that only the store's own work differs.
          Item: { [E.entityId]: `raw-${raw.length}-${writer}`, [E.sequenceNumber]: index + 1, [E.eventId]: randomUUID(), [E.aggregateType]: 'Product', [E.eventType]: 'PriceSet', [E.eventTime]: new Date().toISOString(), [E.eventData]: data, [E.version]: 1, [E.userId]: 'bench', [E.correlationId]: 'bench', [E.commitId]: randomUUID() },
          ConditionExpression: 'attribute_not_exists(#s)',
          ExpressionAttributeNames: { '#s': E.sequenceNumber },
        }),
      ));
    },
    async () => {
      const before = counted.count();
      known.push(await timed(options.concurrency, perWriter, (writer, index) => store.appendEvent('Product', `known-${known.length}-${writer}`, 'PriceSet', data, 'bench', 'bench', index)));
      requests += counted.count() - before;
      appends += options.concurrency * perWriter;
    },
    async () => {
      // A new store per append knows nothing: every append after the first is a transaction.
      unknown.push(await timed(options.concurrency, perWriter, (writer, index) =>
        createEventStore({ port, clock: systemClock, ids, tables: { events, snapshots } }).appendEvent('Product', `unknown-${unknown.length}-${writer}`, 'PriceSet', data, 'bench', 'bench', index),
      ));
    },
  ];
  for (let round = 0; round < options.rounds; round++) {
    // Each round starts with another kind, so that no kind always runs first (or last).
    for (let turn = 0; turn < kinds.length; turn++) await (kinds[(round + turn) % kinds.length] as () => Promise<void>)();
  }
  await port.deleteTable({ TableName: events });
  await port.deleteTable({ TableName: snapshots });
  const rawRate = median(raw);
  return {
    rawPutItemPerSecond: Math.round(rawRate),
    knownVersionAppendPerSecond: Math.round(median(known)),
    unknownVersionAppendPerSecond: Math.round(median(unknown)),
    ratio: Number((median(known) / rawRate).toFixed(3)),
    transactionRatio: Number((median(unknown) / rawRate).toFixed(3)),
    requestsPerAppend: requests / appends,
  };
}

async function main(): Promise<void> {
  const [perRound = '1000', rounds = '5', concurrency = '1'] = process.argv.slice(2);
  const { startDynamoDbLocal } = await import('../../adapters/dynamo-db-local/start-dynamo-db-local.js');
  const { createAwsDynamoDbPort } = await import('../../adapters/aws/create-aws-dynamo-db-port.js');
  const given = process.env['DYNAMODB_LOCAL_ENDPOINT'];
  const local = given === undefined ? await startDynamoDbLocal() : undefined;
  const port = createAwsDynamoDbPort({ endpoint: given ?? local?.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  try {
    const report = await measureAppendThroughput(port, { appendsPerRound: Number(perRound), rounds: Number(rounds), concurrency: Number(concurrency) });
    console.log(JSON.stringify({ endpoint: 'DynamoDB Local', concurrency: Number(concurrency), ...report }, null, 2));
  } finally {
    port.close();
    await local?.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  await main();
}
