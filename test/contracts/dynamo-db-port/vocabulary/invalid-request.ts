/**
 * Requests DynamoDB rejects as invalid, each built around generated items so that a wrong
 * answer would be visible: any item a request names must be exactly as it was afterwards.
 */
import fc from 'fast-check';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { ContractTables } from '../contract-tables.js';
import { KEY_ATTRIBUTES, keyOf } from '../contract-tables.js';
import type { BatchWrite } from './batch-writes.js';
import { batchWriteRequest, batchWritesArbitrary, writtenKey } from './batch-writes.js';
import type { TableItem, TableKey } from './contract-items.js';
import { itemArbitrary, tableItemArbitrary, tableKeyArbitrary } from './contract-items.js';

export interface InvalidRequest {
  readonly description: string;
  /** Items with valid keys that the request names: they must be left as they were. */
  readonly named: readonly TableKey[];
  send(port: DynamoDbPort, tables: ContractTables): Promise<unknown>;
}

export interface InvalidRequestOptions {
  readonly batches: boolean;
  readonly transactions: boolean;
}

const named = ({ role, item }: TableItem): TableKey[] => [{ role, key: keyOf(role, item) }];
const partitionKeyOf = (role: TableKey['role']): string => KEY_ATTRIBUTES[role][0] ?? '';

const itemRequests: readonly fc.Arbitrary<InvalidRequest>[] = [
  itemArbitrary('composite').map((item): InvalidRequest => ({
    description: 'PutItem with a number for the string partition key',
    named: [],
    send: (port, tables) => port.putItem({ TableName: tables.composite, Item: { ...item, pk: 7 } }),
  })),
  itemArbitrary('composite').map((item): InvalidRequest => {
    const { sk: _sk, ...withoutSortKey } = item;
    return { description: 'PutItem without the sort key', named: [], send: (port, tables) => port.putItem({ TableName: tables.composite, Item: withoutSortKey }) };
  }),
  itemArbitrary('simple').map((item): InvalidRequest => ({
    description: 'PutItem with an empty string as the partition key',
    named: [],
    send: (port, tables) => port.putItem({ TableName: tables.simple, Item: { ...item, id: '' } }),
  })),
  itemArbitrary('composite').map((item): InvalidRequest => ({
    description: 'PutItem with a number for the string index partition key',
    named: named({ role: 'composite', item }),
    send: (port, tables) => port.putItem({ TableName: tables.composite, Item: { ...item, gpk: 1 } }),
  })),
  itemArbitrary('composite').map((item): InvalidRequest => ({
    description: 'PutItem with an empty string as the index sort key',
    named: named({ role: 'composite', item }),
    send: (port, tables) => port.putItem({ TableName: tables.composite, Item: { ...item, gpk: 'g1', gsk: '' } }),
  })),
  tableItemArbitrary.map((put): InvalidRequest => ({
    description: 'PutItem with an empty set',
    named: named(put),
    send: (port, tables) => port.putItem({ TableName: tables[put.role], Item: { ...put.item, tags: new Set<string>() } }),
  })),
  tableItemArbitrary.map((put): InvalidRequest => ({
    description: 'PutItem with ReturnValues ALL_NEW',
    named: named(put),
    send: (port, tables) => port.putItem({ TableName: tables[put.role], Item: put.item, ReturnValues: 'ALL_NEW' }),
  })),
  tableItemArbitrary.map((put): InvalidRequest => ({
    description: 'PutItem with an unused expression attribute value',
    named: named(put),
    send: (port, tables) => port.putItem({
      TableName: tables[put.role],
      Item: put.item,
      ConditionExpression: 'attribute_exists(#k)',
      ExpressionAttributeNames: { '#k': partitionKeyOf(put.role) },
      ExpressionAttributeValues: { ':unused': 1 },
    }),
  })),
  tableKeyArbitrary.map((target): InvalidRequest => ({
    description: 'UpdateItem with a syntax error',
    named: [target],
    send: (port, tables) => port.updateItem({ TableName: tables[target.role], Key: target.key, UpdateExpression: 'SET #a = :a +', ExpressionAttributeNames: { '#a': 'v' }, ExpressionAttributeValues: { ':a': 1 } }),
  })),
  tableKeyArbitrary.map((target): InvalidRequest => ({
    description: 'UpdateItem whose paths overlap',
    named: [target],
    send: (port, tables) => port.updateItem({ TableName: tables[target.role], Key: target.key, UpdateExpression: 'SET #a = :a REMOVE #a', ExpressionAttributeNames: { '#a': 'v' }, ExpressionAttributeValues: { ':a': 1 } }),
  })),
  tableKeyArbitrary.map((target): InvalidRequest => ({
    description: 'UpdateItem that sets a key attribute',
    named: [target],
    send: (port, tables) => port.updateItem({ TableName: tables[target.role], Key: target.key, UpdateExpression: 'SET #k = :k', ExpressionAttributeNames: { '#k': partitionKeyOf(target.role) }, ExpressionAttributeValues: { ':k': 'a' } }),
  })),
  fc.constant<InvalidRequest>({
    description: 'Query with BETWEEN bounds reversed',
    named: [],
    send: (port, tables) => port.query({ TableName: tables.composite, KeyConditionExpression: 'pk = :p AND sk BETWEEN :high AND :low', ExpressionAttributeValues: { ':p': 'a', ':high': 10, ':low': -7 } }),
  }),
];

const batchRequests: readonly fc.Arbitrary<InvalidRequest>[] = [
  batchWritesArbitrary.map((writes): InvalidRequest => {
    const first = writes[0];
    const again: BatchWrite = first === undefined ? { kind: 'delete', role: 'simple', key: { id: 'k1' } } : { kind: 'delete', role: first.role, key: writtenKey(first) };
    return {
      description: 'BatchWriteItem naming an item twice',
      named: writes.map((write) => ({ role: write.role, key: writtenKey(write) })),
      send: (port, tables) => port.batchWriteItem(batchWriteRequest([...writes, again], tables)),
    };
  }),
  fc.tuple(batchWritesArbitrary, itemArbitrary('composite')).map(([writes, bad]): InvalidRequest => ({
    description: 'BatchWriteItem with one key of the wrong type',
    named: writes.map((write) => ({ role: write.role, key: writtenKey(write) })),
    send: (port, tables) => port.batchWriteItem(batchWriteRequest([...writes, { kind: 'put', role: 'composite', item: { ...bad, pk: 7 } }], tables)),
  })),
];

const transactionRequests: readonly fc.Arbitrary<InvalidRequest>[] = [
  tableItemArbitrary.map((put): InvalidRequest => ({
    description: 'TransactWriteItems with two actions on one item',
    named: named(put),
    send: (port, tables) => port.transactWriteItems({
      TransactItems: [
        { Put: { TableName: tables[put.role], Item: put.item } },
        { ConditionCheck: { TableName: tables[put.role], Key: keyOf(put.role, put.item), ConditionExpression: 'attribute_exists(#k)', ExpressionAttributeNames: { '#k': partitionKeyOf(put.role) } } },
      ],
    }),
  })),
];

export function invalidRequestArbitrary(options: InvalidRequestOptions): fc.Arbitrary<InvalidRequest> {
  return fc.oneof(...itemRequests, ...(options.batches ? batchRequests : []), ...(options.transactions ? transactionRequests : []));
}
