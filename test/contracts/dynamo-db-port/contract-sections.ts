/**
 * The properties of the DynamoDB port contract, one mocha test each: a title, the capabilities
 * it needs, the items its runs start with, and the commands they are made of (listed more than
 * once to weigh them).
 */
import type fc from 'fast-check';
import { batchGetCommandArbitrary } from './commands/batch-get-command.js';
import { batchWriteCommandArbitrary } from './commands/batch-write-command.js';
import { concurrentCreateCommandArbitrary } from './commands/concurrent-create-command.js';
import { concurrentIncrementCommandArbitrary } from './commands/concurrent-increment-command.js';
import { concurrentVersionedUpdateCommandArbitrary } from './commands/concurrent-versioned-update-command.js';
import { deleteItemCommandArbitrary } from './commands/delete-item-command.js';
import { getItemCommandArbitrary } from './commands/get-item-command.js';
import { indexQueryCommandArbitrary } from './commands/index-query-command.js';
import { invalidRequestCommandArbitrary } from './commands/invalid-request-command.js';
import { plainPutCommandArbitrary, putItemCommandArbitrary } from './commands/put-item-command.js';
import { queryCommandArbitrary } from './commands/query-command.js';
import { repeatTokenCommandArbitrary } from './commands/repeat-token-command.js';
import { reuseTokenCommandArbitrary } from './commands/reuse-token-command.js';
import { parallelScanCommandArbitrary, scanCommandArbitrary } from './commands/scan-command.js';
import { transactGetCommandArbitrary } from './commands/transact-get-command.js';
import { transactWriteCommandArbitrary } from './commands/transact-write-command.js';
import { updateItemCommandArbitrary } from './commands/update-item-command.js';
import type { CapabilityFlag, DynamoDbPortCapabilities } from './dynamo-db-port-capabilities.js';
import type { PropertyVocabulary } from './run-contract-property.js';
import type { TableItem } from './vocabulary/contract-items.js';
import { compositeItemArbitrary, indexedItemArbitrary, initialItemsArbitrary, tableItemArbitrary } from './vocabulary/contract-items.js';

export interface ContractSection {
  readonly title: string;
  readonly requires: readonly CapabilityFlag[];
  vocabulary(capabilities: DynamoDbPortCapabilities): PropertyVocabulary;
}

const put = putItemCommandArbitrary;
const get = getItemCommandArbitrary;
const remove = deleteItemCommandArbitrary;
const anyItems = (max: number): fc.Arbitrary<TableItem[]> => initialItemsArbitrary(tableItemArbitrary, max);

export const CONTRACT_SECTIONS: readonly ContractSection[] = [
  {
    title: 'PutItem, GetItem and DeleteItem honour conditions, ReturnValues and ReturnValuesOnConditionCheckFailure',
    requires: [],
    vocabulary: () => ({ initial: anyItems(6), commands: [put, put, get, remove, remove] }),
  },
  {
    title: 'UpdateItem applies SET, REMOVE, ADD and DELETE and returns what ReturnValues asks for',
    requires: [],
    vocabulary: () => ({ initial: anyItems(6), commands: [updateItemCommandArbitrary, updateItemCommandArbitrary, updateItemCommandArbitrary, put, get] }),
  },
  {
    title: 'Query pages follow sort-key conditions, direction, Limit, filters and Select COUNT',
    requires: [],
    vocabulary: () => ({
      initial: initialItemsArbitrary(compositeItemArbitrary, 10),
      commands: [plainPutCommandArbitrary(compositeItemArbitrary), remove, updateItemCommandArbitrary, queryCommandArbitrary, queryCommandArbitrary, queryCommandArbitrary],
    }),
  },
  {
    title: 'Query on a global secondary index pages through its items in UTF-8 order of the index sort key',
    requires: ['immediateIndexReads'],
    vocabulary: () => ({
      initial: initialItemsArbitrary(indexedItemArbitrary, 10),
      commands: [plainPutCommandArbitrary(indexedItemArbitrary), remove, updateItemCommandArbitrary, indexQueryCommandArbitrary, indexQueryCommandArbitrary, indexQueryCommandArbitrary],
    }),
  },
  {
    title: 'Scan pages cover the table exactly once, with Limit and filters',
    requires: [],
    vocabulary: () => ({ initial: anyItems(12), commands: [put, remove, scanCommandArbitrary, scanCommandArbitrary] }),
  },
  {
    title: 'parallel Scan segments are disjoint and together cover the table',
    requires: ['parallelScan'],
    vocabulary: () => ({ initial: anyItems(12), commands: [put, remove, parallelScanCommandArbitrary, parallelScanCommandArbitrary] }),
  },
  {
    title: 'BatchWriteItem and BatchGetItem write and read every item, re-sending what comes back unprocessed',
    requires: ['batches'],
    vocabulary: () => ({ initial: anyItems(6), commands: [batchWriteCommandArbitrary, batchWriteCommandArbitrary, batchGetCommandArbitrary, batchGetCommandArbitrary, put, get] }),
  },
  {
    title: 'TransactWriteItems is all or nothing with cancellation reasons in request order, and TransactGetItems reads in order',
    requires: ['transactions'],
    vocabulary: () => ({ initial: anyItems(6), commands: [transactWriteCommandArbitrary(false), transactWriteCommandArbitrary(false), transactGetCommandArbitrary, put, remove, get] }),
  },
  {
    title: 'TransactWriteItems with a ClientRequestToken is idempotent, and the token refuses another request',
    requires: ['transactions', 'clientRequestTokens'],
    vocabulary: () => ({
      initial: anyItems(4),
      commands: [transactWriteCommandArbitrary(true), transactWriteCommandArbitrary(true), repeatTokenCommandArbitrary, repeatTokenCommandArbitrary, reuseTokenCommandArbitrary, put, get],
    }),
  },
  {
    title: 'concurrent writes to one item are atomic: one conditional writer wins, no increment is lost',
    requires: [],
    vocabulary: () => ({
      initial: anyItems(6),
      commands: [concurrentCreateCommandArbitrary, concurrentIncrementCommandArbitrary, concurrentVersionedUpdateCommandArbitrary, put, remove, get],
    }),
  },
  {
    title: 'invalid requests are validation errors that leave the data untouched',
    requires: [],
    vocabulary: (capabilities) => ({ initial: anyItems(6), commands: [put, invalidRequestCommandArbitrary(capabilities), invalidRequestCommandArbitrary(capabilities), get] }),
  },
];
