/**
 * Pins the item size formula to DynamoDB Local's 400 KB limit: an item our itemSize puts at
 * exactly 409,600 bytes is accepted and one byte more is rejected, for every probed value and for
 * random items; write capacity units follow the same size. Run with
 * `--require test/support/global-fixtures.ts`.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { canonicalNumber } from '../../../../adapters/simulator/values/decimal.js';
import { ITEM_TOO_LARGE_MESSAGE, MAX_ITEM_SIZE, itemSize } from '../../../../adapters/simulator/values/item-size.js';
import { attributeMap } from './attribute-value-arbitrary.js';
import { probedNumberSizes, probedValueSizes } from './item-size-probes.js';
import { createRawTable, deleteRawTable, errorMessage, rawOk, rawRequest } from './raw-dynamo-db-local.js';


describe('item size on DynamoDB Local', function () {
  this.timeout(300_000);
  let table = '';
  before(async () => {
    table = await createRawTable('item-size');
  });
  after(async () => {
    await deleteRawTable(table);
  });

  /** The item padded by a string attribute `~pad` to `size` bytes as our formula counts them. */
  function padded(item: AttributeMap, size: number): AttributeMap {
    const unpadded = itemSize({ ...item, pk: { S: 'k' }, '~pad': { S: '' } });
    return { ...item, pk: { S: 'k' }, '~pad': { S: 'x'.repeat(size - unpadded) } };
  }

  async function expectBoundary(item: AttributeMap, label: string): Promise<void> {
    expect(errorMessage(await rawRequest('PutItem', { TableName: table, Item: padded(item, MAX_ITEM_SIZE) })), `${label} at the limit`).to.equal(undefined);
    expect(errorMessage(await rawRequest('PutItem', { TableName: table, Item: padded(item, MAX_ITEM_SIZE + 1) })), `${label} one byte over`).to.equal(ITEM_TOO_LARGE_MESSAGE);
  }

  it('measures every probed number as DynamoDB does', async () => {
    for (const [number] of probedNumberSizes) await expectBoundary({ v: { N: canonicalNumber(number) } }, number);
  });

  it('measures every probed value as DynamoDB does', async () => {
    for (const [label, value] of probedValueSizes) await expectBoundary({ v: value }, label);
  });

  it('measures random items as DynamoDB does', async () => {
    await fc.assert(
      fc.asyncProperty(attributeMap, async (item) => {
        const { pk: _pk, '~pad': _pad, ...rest } = item;
        await expectBoundary(rest, JSON.stringify(rest, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value)));
      }),
      { numRuns: 25 },
    );
  });

  it('charges write units by the same size', async () => {
    const value: AttributeValue = { N: '-12345678901234567890123456789012345678' };
    for (const [size, units] of [[1024, 1], [1025, 2], [2048, 2], [2049, 3]] as const) {
      const item = { ...padded({ v: value }, size), pk: { S: `capacity-${size}` } };
      // The key changed length by the suffix: pad again so that the item is exactly `size` bytes.
      const pad = ((item as AttributeMap)['~pad'] as { S: string }).S.slice(0, size - itemSize({ ...item, '~pad': { S: '' } }));
      const exact = { ...item, '~pad': { S: pad } };
      expect(itemSize(exact)).to.equal(size);
      const answer = await rawOk('PutItem', { TableName: table, Item: exact, ReturnConsumedCapacity: 'TOTAL' });
      expect((answer['ConsumedCapacity'] as { CapacityUnits: number }).CapacityUnits, `${size} bytes`).to.equal(units);
    }
  });
});
