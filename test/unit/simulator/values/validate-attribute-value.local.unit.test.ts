/**
 * Pins the validation tables of validation-probes.ts to DynamoDB Local with wire-level requests:
 * item attributes (PutItem), keys (GetItem), expression attribute values, and legacy standalone
 * values (Expected, AttributeUpdates), with the validator answering the same.
 * Run with `--require test/support/global-fixtures.ts`.
 */
import { expect } from 'chai';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import {
  ITEM_CONTEXT, VALUE_CONTEXT, expressionValueContext, validateAndCanonicalizeItem, validateAndCanonicalizeValue,
} from '../../../../adapters/simulator/values/validate-attribute-value.js';
import { MAX_PARTITION_KEY_SIZE, MAX_SORT_KEY_SIZE, keySize } from '../../../../adapters/simulator/values/key-codec.js';
import { createRawTable, deleteRawTable, errorMessage, rawRequest } from './raw-dynamo-db-local.js';
import { EMPTY, MULTIPLE, NESTING, SS_EMPTY, nestedMaps, probedExpressionValues, probedItems, probedValues } from './validation-probes.js';

/** DynamoDB Local's words for an oversized key (DynamoDB's differ: see key-messages.ts); what counts here is where the limit falls. */
const KEY_TOO_LARGE_MESSAGE = 'Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes';

function ours(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof SimulatorError) return error.message;
    throw error;
  }
}

describe('attribute value validation on DynamoDB Local', function () {
  this.timeout(120_000);
  let table = '';
  before(async () => {
    table = await createRawTable('validation');
  });
  after(async () => {
    await deleteRawTable(table);
  });

  it('answers every probed item attribute as we do', async () => {
    for (const [label, value, message] of probedValues) {
      const item = { pk: { S: 'k' }, a: value };
      expect(errorMessage(await rawRequest('PutItem', { TableName: table, Item: item })), label).to.equal(message);
      expect(ours(() => validateAndCanonicalizeItem(item, ITEM_CONTEXT)), label).to.equal(message);
    }
  });

  it('reports the first bad attribute in document order, as we do', async () => {
    for (const [label, attributes, message] of probedItems) {
      const item = { pk: { S: 'k' }, ...attributes };
      expect(errorMessage(await rawRequest('PutItem', { TableName: table, Item: item })), label).to.equal(message);
      expect(ours(() => validateAndCanonicalizeItem(item, ITEM_CONTEXT)), label).to.equal(message);
    }
  });

  it('words expression attribute value errors as we do, the first bad placeholder first', async () => {
    const put = (values: Record<string, unknown>, condition = 'attribute_not_exists(a) OR a = :v'): Promise<string | undefined> =>
      rawRequest('PutItem', { TableName: table, Item: { pk: { S: 'e' } }, ConditionExpression: condition, ExpressionAttributeValues: values }).then(errorMessage);
    for (const [label, value, message] of probedExpressionValues) {
      const expected = `ExpressionAttributeValues contains invalid value: ${message} for key :v`;
      expect(await put({ ':v': value }), label).to.equal(expected);
      expect(ours(() => validateAndCanonicalizeValue(value, expressionValueContext(':v'))), label).to.equal(expected);
    }
    expect(await put({ ':v': { SS: [] }, ':w': {} }, 'a = :v OR a = :w')).to.equal(`ExpressionAttributeValues contains invalid value: ${SS_EMPTY} for key :v`);
    // Values are validated before DynamoDB looks for unused ones.
    expect(await put({ ':v': { S: 'a' }, ':w': { SS: [] } })).to.equal(`ExpressionAttributeValues contains invalid value: ${SS_EMPTY} for key :w`);
    // An expression value may nest one level deeper than an item's attribute.
    expect(await put({ ':v': nestedMaps(32) })).to.equal(undefined);
    expect(ours(() => validateAndCanonicalizeValue(nestedMaps(32), expressionValueContext(':v')))).to.equal(undefined);
  });

  it('checks key values as item attributes', async () => {
    const get = (key: unknown): Promise<string | undefined> => rawRequest('GetItem', { TableName: table, Key: { pk: key } }).then(errorMessage);
    for (const [value, message] of [[{}, EMPTY], [{ S: 'a', N: '1' }, MULTIPLE], [{ SS: [] }, SS_EMPTY], [nestedMaps(32), NESTING], [null, 'The supplied Item contains a null AttributeValue: pk is null']] as const) {
      expect(await get(value)).to.equal(message);
      expect(ours(() => validateAndCanonicalizeItem({ pk: value }, ITEM_CONTEXT))).to.equal(message);
    }
    // One level less passes validation and fails on the key's type instead.
    expect(await get(nestedMaps(31))).to.equal('Invalid attribute value type');
    expect(ours(() => validateAndCanonicalizeItem({ pk: nestedMaps(31) }, ITEM_CONTEXT))).to.equal(undefined);
  });

  it('limits key values by their size as keySize counts it', async () => {
    const keyed = await createRawTable('key-size', 'S', 'B');
    try {
      const put = (pk: string, sk: Uint8Array): Promise<string | undefined> => rawRequest('PutItem', { TableName: keyed, Item: { pk: { S: pk }, sk: { B: sk } } }).then(errorMessage);
      const atLimit = 'é'.repeat(MAX_PARTITION_KEY_SIZE / 2);
      expect(keySize({ S: atLimit })).to.equal(MAX_PARTITION_KEY_SIZE);
      expect(await put(atLimit, new Uint8Array(MAX_SORT_KEY_SIZE))).to.equal(undefined);
      expect(await put(`${atLimit}a`, Uint8Array.of(1))).to.equal(KEY_TOO_LARGE_MESSAGE);
      expect(await put('a', new Uint8Array(MAX_SORT_KEY_SIZE + 1))).to.equal(KEY_TOO_LARGE_MESSAGE);
    } finally {
      await deleteRawTable(keyed);
    }
  });

  it('checks legacy values as standalone values, without rewording', async () => {
    const expected = (value: unknown): Promise<string | undefined> =>
      rawRequest('PutItem', { TableName: table, Item: { pk: { S: 'x' } }, Expected: { a: { ComparisonOperator: 'EQ', AttributeValueList: [value] } } }).then(errorMessage);
    const update = (value: unknown): Promise<string | undefined> =>
      rawRequest('UpdateItem', { TableName: table, Key: { pk: { S: 'u' } }, AttributeUpdates: { a: { Action: 'PUT', Value: value } } }).then(errorMessage);
    for (const [value, message] of [[{}, EMPTY], [{ SS: [] }, SS_EMPTY], [nestedMaps(33), NESTING]] as const) {
      expect(await expected(value)).to.equal(message);
      expect(await update(value)).to.equal(message);
      expect(ours(() => validateAndCanonicalizeValue(value, VALUE_CONTEXT))).to.equal(message);
    }
    expect(await expected(nestedMaps(32))).to.equal('The conditional request failed');
    expect(ours(() => validateAndCanonicalizeValue(nestedMaps(32), VALUE_CONTEXT))).to.equal(undefined);
  });
});
