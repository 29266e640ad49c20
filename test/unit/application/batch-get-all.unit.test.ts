import { expect } from 'chai';
import fc from 'fast-check';
import sinon from 'sinon';
import { batchGetAll } from '../../../application/batch-get-all.js';
import type { BatchGetItemInput, BatchGetItemOutput, KeysAndAttributes } from '../../../ports/dynamo-db-batch-types.js';
import type { Item, Key } from '../../../ports/document-value.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import { faults, scriptedPort, type Step } from '../adapters/resilience/scripted-port.js';

function pkOf(record: Item): string {
  return record['pk'] as string;
}

function keys(prefix: string, count: number): Key[] {
  return Array.from({ length: count }, (_, index) => ({ pk: `${prefix}-${index}` }));
}

/**
 * A BatchGetItem over tables holding an item for every key except those named `missing`, leaving
 * unprocessed what `holdBack` says for each call; it rejects more than 100 keys and duplicates.
 */
function batchTables(holdBack: (call: number, count: number) => readonly number[] = () => [], missing: ReadonlySet<string> = new Set()) {
  const asked: number[] = [];
  const step: Step = (_operation, input) => {
    const { RequestItems } = input as BatchGetItemInput;
    const requested = Object.entries(RequestItems).flatMap(([table, request]) => request.Keys.map((key) => ({ table, key, request })));
    if (requested.length > 100) return Promise.reject(new Error(`more than 100 keys: ${requested.length}`));
    const distinct = new Set(requested.map(({ table, key }) => `${table}/${JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b)))}`));
    if (distinct.size !== requested.length) return Promise.reject(faults.validation());
    asked.push(requested.length);
    const held = new Set(holdBack(asked.length, requested.length));
    const responses: Record<string, Item[]> = {};
    const unprocessed: Record<string, Omit<KeysAndAttributes, 'Keys'> & { Keys: Key[] }> = {};
    requested.forEach(({ table, key, request }, index) => {
      if (held.has(index)) {
        const { Keys: _keys, ...settings } = request;
        (unprocessed[table] ??= { ...settings, Keys: [] }).Keys.push(key);
      } else if (!missing.has(pkOf(key))) (responses[table] ??= []).push({ ...key, found: true });
    });
    const output: BatchGetItemOutput = { Responses: responses, UnprocessedKeys: unprocessed };
    return Promise.resolve(output);
  };
  return { step, asked };
}

function found(items: Record<string, Item[]>, table: string): string[] {
  return (items[table] ?? []).map(pkOf).sort();
}

describe('batchGetAll', () => {
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

  it('splits any number of keys into batches of at most 100, carrying each table\'s read settings', async () => {
    const tables = batchTables(() => [], new Set(['orders-3']));
    const port = scriptedPort([], tables.step);
    const result = await settle(batchGetAll(port, {
      orders: { Keys: keys('orders', 180), ProjectionExpression: '#pk, found', ExpressionAttributeNames: { '#pk': 'pk' }, ConsistentRead: true },
      audit: { Keys: keys('audit', 70) },
    }));
    expect(tables.asked).to.deep.equal([100, 100, 50]);
    expect(found(result.items, 'orders')).to.have.length(179);
    expect(found(result.items, 'audit')).to.have.length(70);
    expect(result).to.deep.include({ unprocessed: {}, complete: true, calls: 3 });
    for (const call of port.calls) {
      const orders = (call.input as BatchGetItemInput).RequestItems['orders'];
      if (orders !== undefined) expect(orders).to.deep.include({ ProjectionExpression: '#pk, found', ExpressionAttributeNames: { '#pk': 'pk' }, ConsistentRead: true });
    }
  });

  it('asks again for unprocessed keys after a jittered, growing wait, and reports what stays unread with its settings', async () => {
    const tables = batchTables((call) => (call === 1 ? [0, 1, 2] : call === 2 ? [0] : [0]));
    const port = scriptedPort([], tables.step);
    const result = await settle(batchGetAll(port, { orders: { Keys: keys('orders', 10), ConsistentRead: true } }, { maxAttempts: 3, random: () => 0.5 }));
    expect(tables.asked).to.deep.equal([10, 3, 1]);
    const gaps = port.calls.slice(1).map((call, index) => call.at - (port.calls[index]?.at ?? 0));
    expect(gaps).to.deep.equal([25, 50]);
    expect(result.complete).to.equal(false);
    expect(result.unprocessed).to.deep.equal({ orders: { ConsistentRead: true, Keys: [{ pk: 'orders-0' }] } });
    expect(found(result.items, 'orders')).to.have.length(9);
  });

  it('reads a key given twice once, whatever the order of its attributes', async () => {
    const tables = batchTables();
    const port = scriptedPort([], tables.step);
    const result = await settle(batchGetAll(port, { events: { Keys: [{ pk: 'a', sk: 1 }, { sk: 1, pk: 'a' }, { pk: 'a', sk: 2 }, { pk: 'b', sk: 1 }] } }));
    expect(tables.asked).to.deep.equal([3]);
    expect(result.complete).to.equal(true);
  });

  it('accounts for every distinct key, whatever DynamoDB leaves unprocessed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 260 }), fc.array(fc.array(fc.nat(99), { maxLength: 40 }), { maxLength: 10 }), fc.integer({ min: 1, max: 3 }), async (count, schedule, maxAttempts) => {
        const tables = batchTables((call, size) => (schedule[call - 1] ?? []).filter((index) => index < size));
        const input = keys('orders', count);
        const result = await settle(batchGetAll(scriptedPort([], tables.step), { orders: { Keys: input } }, { maxAttempts, random: () => 0 }));
        const accounted = [...found(result.items, 'orders'), ...(result.unprocessed['orders']?.Keys ?? []).map(pkOf)].sort();
        expect(accounted).to.deep.equal(input.map(pkOf).sort());
        expect(result.complete).to.equal(result.unprocessedCount === 0);
        expect(Math.max(0, ...tables.asked)).to.be.at.most(100);
      }),
      { numRuns: 60 },
    );
  });

  it('stops at a failed call and returns its keys and all later ones with the error', async () => {
    const tables = batchTables();
    const error = faults.notFound();
    const port = scriptedPort([tables.step, { fail: error }]);
    const result = await settle(batchGetAll(port, { orders: { Keys: keys('orders', 230) } }));
    expect(result.error).to.equal(error);
    expect(found(result.items, 'orders')).to.have.length(100);
    expect(result.unprocessed['orders']?.Keys).to.have.length(130);
    expect(result.unprocessedCount).to.equal(130);
  });

  it('rejects malformed requests before sending anything', async () => {
    const port = scriptedPort([]);
    for (const malformed of [{ orders: { Keys: 'pk' } }, { orders: { Keys: [{ pk: 'a' }, null] } }, { orders: [] }, { '': { Keys: [] } }]) {
      const failure = await batchGetAll(port, malformed as unknown as Record<string, KeysAndAttributes>).then(() => undefined, (thrown: unknown) => thrown);
      expect(DynamoDbError.isKind(failure, 'validation'), JSON.stringify(malformed)).to.equal(true);
    }
    expect(port.calls).to.have.length(0);
  });
});
