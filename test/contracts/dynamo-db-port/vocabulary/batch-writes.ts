/** The writes of BatchWriteItem over both tables, and the request they make. */
import fc from 'fast-check';
import type { Key } from '../../../../ports/document-value.js';
import type { BatchWriteItemInput, WriteRequest } from '../../../../ports/dynamo-db-batch-types.js';
import { ContractModel } from '../contract-model.js';
import type { ContractTables } from '../contract-tables.js';
import { keyOf } from '../contract-tables.js';
import type { TableItem, TableKey } from './contract-items.js';
import { tableItemArbitrary, tableKeyArbitrary } from './contract-items.js';

export type BatchWrite = ({ readonly kind: 'put' } & TableItem) | ({ readonly kind: 'delete' } & TableKey);

export function writtenKey(write: BatchWrite): Key {
  return write.kind === 'put' ? keyOf(write.role, write.item) : write.key;
}

export function batchWriteRequest(writes: readonly BatchWrite[], tables: ContractTables): BatchWriteItemInput {
  const requestItems: Partial<Record<string, WriteRequest[]>> = {};
  for (const write of writes) {
    const request: WriteRequest = write.kind === 'put' ? { PutRequest: { Item: write.item } } : { DeleteRequest: { Key: write.key } };
    (requestItems[tables[write.role]] ??= []).push(request);
  }
  return { RequestItems: requestItems as Record<string, WriteRequest[]> };
}

const writeArbitrary: fc.Arbitrary<BatchWrite> = fc.oneof(
  tableItemArbitrary.map((put): BatchWrite => ({ kind: 'put', ...put })),
  tableKeyArbitrary.map((del): BatchWrite => ({ kind: 'delete', ...del })),
);

/** Up to 10 writes, no item twice (DynamoDB rejects a batch that names an item twice). */
export const batchWritesArbitrary: fc.Arbitrary<BatchWrite[]> = fc.uniqueArray(writeArbitrary, {
  minLength: 1,
  maxLength: 10,
  selector: (write) => `${write.role}:${ContractModel.keyString(write.role, writtenKey(write))}`,
});
