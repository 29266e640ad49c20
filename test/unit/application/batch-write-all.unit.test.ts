import { marshall } from '@aws-sdk/util-dynamodb';
import { expect } from 'chai';
import fc from 'fast-check';
import sinon from 'sinon';
import { batchWriteAll, MAX_BATCH_WRITE_WIRE_BYTES } from '../../../application/batch-write-all.js';
import type { BatchWriteItemInput, BatchWriteItemOutput, WriteRequest } from '../../../ports/dynamo-db-batch-types.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import { MARSHALL_OPTIONS } from '../../../ports/marshalling-options.js';
import { faults, scriptedPort, type Step } from '../adapters/resilience/scripted-port.js';

/** What a BatchWriteItem call sends on the wire, in bytes. */
function wireBytes(input: BatchWriteItemInput): number {
  const requestItems = Object.fromEntries(
    Object.entries(input.RequestItems).map(([table, requests]) => [
      table,
      requests.map((request) => ('PutRequest' in request ? { PutRequest: { Item: marshall(request.PutRequest.Item, MARSHALL_OPTIONS) } } : { DeleteRequest: { Key: marshall(request.DeleteRequest.Key, MARSHALL_OPTIONS) } })),
    ]),
  );
  return Buffer.byteLength(JSON.stringify({ RequestItems: requestItems }), 'utf8');
}

function puts(table: string, count: number, from = 0): WriteRequest[] {
  return Array.from({ length: count }, (_, index) => ({ PutRequest: { Item: { pk: `${table}-${from + index}`, n: index } } }));
}

function idOf(request: WriteRequest): string {
  return ('PutRequest' in request ? request.PutRequest.Item['pk'] : request.DeleteRequest.Key['pk']) as string;
}

/**
 * A BatchWriteItem that applies what it is sent, except what `holdBack` says to leave unprocessed
 * for this call (by position in the call's requests); it rejects more than 25 requests as DynamoDB does.
 */
function batchTable(holdBack: (call: number, count: number) => readonly number[] = () => []) {
  const written: string[] = [];
  const sizes: number[] = [];
  const step: Step = (_operation, input) => {
    const { RequestItems } = input as BatchWriteItemInput;
    const requests = Object.entries(RequestItems).flatMap(([table, list]) => list.map((request) => ({ table, request })));
    if (requests.length > 25) return Promise.reject(new Error(`more than 25 requests: ${requests.length}`));
    sizes.push(requests.length);
    const held = new Set(holdBack(sizes.length, requests.length));
    const unprocessed: Record<string, WriteRequest[]> = {};
    requests.forEach(({ table, request }, index) => {
      if (held.has(index)) (unprocessed[table] ??= []).push(request);
      else written.push(idOf(request));
    });
    const output: BatchWriteItemOutput = { UnprocessedItems: unprocessed, ConsumedCapacity: [{ TableName: 'orders', CapacityUnits: requests.length - held.size }] };
    return Promise.resolve(output);
  };
  return { step, written, sizes };
}

describe('batchWriteAll', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => { clock = sinon.useFakeTimers(); });
  afterEach(() => { clock.restore(); });

  async function settle<T>(call: Promise<T>): Promise<T> {
    const result = call.then((value) => ({ value }), (error: unknown) => ({ error }));
    await clock.runAllAsync();
    const outcome = await result;
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  it('splits any number of writes into batches of at most 25 and writes them all', async () => {
    const table = batchTable();
    const port = scriptedPort([], table.step);
    const input = { orders: puts('orders', 40), audit: [...puts('audit', 15), { DeleteRequest: { Key: { pk: 'audit-gone' } } }] };
    const result = await settle(batchWriteAll(port, input, { returnConsumedCapacity: 'TOTAL' }));
    expect(table.sizes).to.deep.equal([25, 25, 6]);
    expect(table.written.sort()).to.deep.equal([...input.orders, ...input.audit].map(idOf).sort());
    expect(result).to.deep.include({ unprocessed: {}, unprocessedCount: 0, complete: true, calls: 3 });
    expect(result.consumedCapacity.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0)).to.equal(56);
    expect((port.calls[0]?.input as BatchWriteItemInput).ReturnConsumedCapacity).to.equal('TOTAL');
  });

  it('sends unprocessed items again after a jittered, growing wait', async () => {
    // The first two calls of each batch leave their last 3 requests unprocessed.
    const table = batchTable((call) => (call <= 2 ? [0, 1, 2].map((offset) => (call === 1 ? 22 : 0) + offset) : []));
    const port = scriptedPort([], table.step);
    const result = await settle(batchWriteAll(port, { orders: puts('orders', 25) }, { random: () => 0.5, baseDelayMs: 100 }));
    expect(result.complete).to.equal(true);
    expect(table.sizes).to.deep.equal([25, 3, 3]);
    expect(table.written).to.have.length(25);
    const gaps = port.calls.slice(1).map((call, index) => call.at - (port.calls[index]?.at ?? 0));
    expect(gaps).to.deep.equal([50, 100]);
  });

  it('stops after maxAttempts calls per batch and returns what is left, by table, never dropping it', async () => {
    const table = batchTable((_call, count) => (count >= 2 ? [0, 1] : [0]));
    const port = scriptedPort([], table.step);
    const input = { orders: puts('orders', 10) };
    const result = await settle(batchWriteAll(port, input, { maxAttempts: 3 }));
    expect(result.complete).to.equal(false);
    expect(result.calls).to.equal(3);
    expect(result.unprocessedCount).to.equal(2);
    expect([...table.written, ...(result.unprocessed['orders'] ?? []).map(idOf)].sort()).to.deep.equal(input.orders.map(idOf).sort());
  });

  it('accounts for every request, whatever DynamoDB leaves unprocessed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 80 }), fc.array(fc.array(fc.nat(24), { maxLength: 25 }), { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), async (count, schedule, maxAttempts) => {
        const table = batchTable((call, size) => (schedule[call - 1] ?? []).filter((index) => index < size));
        const input = { orders: puts('orders', count) };
        const result = await settle(batchWriteAll(scriptedPort([], table.step), input, { maxAttempts, random: () => 0 }));
        const accounted = [...table.written, ...(result.unprocessed['orders'] ?? []).map(idOf)].sort();
        expect(accounted).to.deep.equal(input.orders.map(idOf).sort());
        expect(result.unprocessedCount).to.equal(result.unprocessed['orders']?.length ?? 0);
        expect(result.complete).to.equal(result.unprocessedCount === 0);
        expect(Math.max(0, ...table.sizes)).to.be.at.most(25);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps each call under 16 MB on the wire, counting DynamoDB JSON rather than item size', async () => {
    const table = batchTable();
    const port = scriptedPort([], table.step);
    // 1 MB strings with a few characters JSON must escape; 20 of them cannot go in one call.
    const big = `${'x'.repeat(999_990)}"\\\u0001é`;
    const requests = Array.from({ length: 20 }, (_, index): WriteRequest => ({ PutRequest: { Item: { pk: `big-${index}`, payload: big, list: [1, 'two', new Uint8Array(30)], tags: new Set(['a']) } } }));
    await settle(batchWriteAll(port, { orders: requests }));
    const sizes = port.calls.map((call) => wireBytes(call.input as BatchWriteItemInput));
    expect(sizes.length).to.equal(2);
    for (const size of sizes) expect(size).to.be.at.most(MAX_BATCH_WRITE_WIRE_BYTES);
    expect(table.written).to.have.length(20);
  });

  it('stops at a failed call and returns its requests and all later ones with the error', async () => {
    const table = batchTable();
    const error = faults.throttling();
    const port = scriptedPort([table.step, { fail: error }]);
    const input = { orders: puts('orders', 60) };
    const result = await settle(batchWriteAll(port, input));
    expect(result.error).to.equal(error);
    expect(result.complete).to.equal(false);
    expect(table.written).to.have.length(25);
    expect((result.unprocessed['orders'] ?? []).map(idOf)).to.deep.equal(input.orders.slice(25).map(idOf));
  });

  it('rejects malformed requests before sending anything', async () => {
    const port = scriptedPort([]);
    const malformed = { orders: [...puts('orders', 30), { PutRequest: { Key: { pk: 'x' } } } as unknown as WriteRequest] };
    const failure = await batchWriteAll(port, malformed).then(() => undefined, (thrown: unknown) => thrown);
    expect(DynamoDbError.isKind(failure, 'validation')).to.equal(true);
    expect((failure as Error).message).to.include('requestItems.orders[30]');
    expect(port.calls).to.have.length(0);
    const empty = await settle(batchWriteAll(port, {}));
    expect(empty).to.deep.include({ complete: true, calls: 0, unprocessedCount: 0 });
  });
});
