import { expect } from 'chai';
import fc from 'fast-check';
import { items, paginateQuery, paginateScan, parallelScan } from '../../../application/paginate.js';
import { createSimulator } from '../../../adapters/simulator/create-simulator.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { Item } from '../../../ports/document-value.js';

async function tableWith(count: number): Promise<DynamoDbPort> {
  const { port } = createSimulator();
  await port.createTable({
    TableName: 'rows',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  for (let sk = 0; sk < count; sk += 1) await port.putItem({ TableName: 'rows', Item: { pk: sk % 3 === 0 ? 'a' : 'b', sk, even: sk % 2 === 0 } });
  return port;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const value of iterable) collected.push(value);
  return collected;
}

const sortKeys = (rows: readonly Item[]): unknown[] => rows.map((row) => row['sk']);

describe('pagination over the port', () => {
  it('pages of a Query with any Limit concatenate to the unlimited answer', async () => {
    const port = await tableWith(40);
    const query = { TableName: 'rows', KeyConditionExpression: 'pk = :b', FilterExpression: 'even = :t', ExpressionAttributeValues: { ':b': 'b', ':t': true } };
    const whole = (await port.query(query)).Items ?? [];
    expect(whole.length).to.be.greaterThan(5);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.boolean(), async (limit, forward) => {
        const paged = await collect(paginateQuery(port, { ...query, Limit: limit, ScanIndexForward: forward }));
        const rows = paged.flatMap((page) => page.Items ?? []);
        expect(sortKeys(rows)).to.deep.equal(sortKeys(forward ? whole : [...whole].reverse()));
        // Limit counts items read before the filter: every page but the last read exactly Limit.
        for (const page of paged.slice(0, -1)) expect(page.ScannedCount).to.equal(limit);
      }),
      { numRuns: 40 },
    );
  });

  it('starts from the given ExclusiveStartKey', async () => {
    const port = await tableWith(10);
    const rows = await collect(items(paginateQuery(port, { TableName: 'rows', KeyConditionExpression: 'pk = :a', ExpressionAttributeValues: { ':a': 'a' }, ExclusiveStartKey: { pk: 'a', sk: 3 }, Limit: 1 })));
    expect(sortKeys(rows)).to.deep.equal([6, 9]);
  });

  it('scans every item exactly once, in pages and in parallel segments', async () => {
    const port = await tableWith(60);
    const scanned = await collect(items(paginateScan(port, { TableName: 'rows', Limit: 7 })));
    expect(scanned).to.have.length(60);
    for (const segments of [1, 2, 5, 13]) {
      const pages = await collect(parallelScan(port, { TableName: 'rows', Limit: 4 }, segments));
      const keys = pages.flatMap(({ page }) => page.Items ?? []).map((row) => JSON.stringify([row['pk'], row['sk']]));
      expect(new Set(keys).size, `${segments} segments`).to.equal(60);
      expect(keys).to.have.length(60);
      expect(new Set(pages.map(({ segment }) => segment)).size).to.be.at.most(segments);
    }
  });

  it('stops reading when the consumer stops', async () => {
    const port = await tableWith(30);
    let calls = 0;
    const counting: DynamoDbPort = { ...port, scan: (input) => { calls += 1; return port.scan(input); } };
    for await (const { page } of parallelScan(counting, { TableName: 'rows', Limit: 2 }, 3)) {
      expect(page.Items).to.not.equal(undefined);
      break;
    }
    expect(calls).to.be.at.most(6);
  });

  it('refuses a segment count DynamoDB would refuse', async () => {
    const port = await tableWith(1);
    await collect(parallelScan(port, { TableName: 'rows' }, 0)).then(
      () => expect.fail('expected a RangeError'),
      (error: unknown) => { expect(error).to.be.instanceOf(RangeError); },
    );
  });
});
