/**
 * BatchWriteItem, BatchGetItem, TransactWriteItems and TransactGetItems over the run's tables.
 * Keys come from the same small pools as everything else, so batches now and then name one item
 * twice (an error DynamoDB words per operation) and transactions cancel on failed conditions.
 */
import fc from 'fast-check';
import type { Step } from '../support/step.js';
import { conditionOf, writeCondition } from './conditions.js';
import { ExpressionWriter } from './expression-writer.js';
import { itemOf, keyOf } from './items.js';
import { consistentRead, defined, optional, returnConsumedCapacity, returnItemCollectionMetrics, writeOptionalCondition, writeProjection } from './request-options.js';
import { projectionOf } from './single-item-steps.js';
import type { TableShape } from './table-shapes.js';
import { updateOf, writeUpdate } from './updates.js';

const returnValuesOnFailure = optional(fc.constantFrom('NONE', 'ALL_OLD'), 3);

function writeRequestOf(shape: TableShape): fc.Arbitrary<readonly [string, Record<string, unknown>]> {
  return fc.oneof(
    { weight: 2, arbitrary: itemOf(shape).map((Item) => [shape.name, { PutRequest: { Item } }] as const) },
    { weight: 1, arbitrary: keyOf(shape).map((Key) => [shape.name, { DeleteRequest: { Key } }] as const) },
  );
}

export function batchWriteStep(shapes: readonly TableShape[]): fc.Arbitrary<Step> {
  return fc
    .record({ requests: fc.array(fc.oneof(...shapes.map(writeRequestOf)), { minLength: 1, maxLength: 6 }), capacity: returnConsumedCapacity, metrics: returnItemCollectionMetrics })
    .map(({ requests, capacity, metrics }): Step => {
      const RequestItems: Record<string, Record<string, unknown>[]> = {};
      for (const [table, request] of requests) (RequestItems[table] ??= []).push(request);
      return { operation: 'BatchWriteItem', input: defined({ RequestItems, ReturnConsumedCapacity: capacity, ReturnItemCollectionMetrics: metrics }) };
    });
}

function keysAndAttributesOf(shape: TableShape): fc.Arbitrary<readonly [string, Record<string, unknown>]> {
  return fc
    .record({ keys: fc.array(keyOf(shape), { minLength: 1, maxLength: 5 }), projection: optional(projectionOf(shape), 3), consistent: consistentRead })
    .map(({ keys, projection, consistent }) => {
      const writer = new ExpressionWriter();
      const ProjectionExpression = writeProjection(writer, projection);
      return [shape.name, defined({ Keys: keys, ProjectionExpression, ...writer.members(), ConsistentRead: consistent })] as const;
    });
}

export function batchGetStep(shapes: readonly TableShape[]): fc.Arbitrary<Step> {
  return fc
    .record({ tables: fc.uniqueArray(fc.oneof(...shapes.map(keysAndAttributesOf)), { minLength: 1, maxLength: shapes.length, selector: ([table]) => table }), capacity: returnConsumedCapacity })
    .map(({ tables, capacity }): Step => ({ operation: 'BatchGetItem', input: defined({ RequestItems: Object.fromEntries(tables), ReturnConsumedCapacity: capacity }) }));
}

function transactWriteItemOf(shape: TableShape): fc.Arbitrary<Record<string, unknown>> {
  const condition = optional(conditionOf(shape));
  return fc.oneof(
    fc.record({ item: itemOf(shape), condition, onFailure: returnValuesOnFailure }).map(({ item, condition: c, onFailure }) => {
      const writer = new ExpressionWriter();
      return { Put: defined({ TableName: shape.name, Item: item, ConditionExpression: writeOptionalCondition(writer, c), ...writer.members(), ReturnValuesOnConditionCheckFailure: onFailure }) };
    }),
    fc.record({ key: keyOf(shape), update: updateOf(shape), condition, onFailure: returnValuesOnFailure }).map(({ key, update, condition: c, onFailure }) => {
      const writer = new ExpressionWriter();
      const UpdateExpression = writeUpdate(writer, update);
      return { Update: defined({ TableName: shape.name, Key: key, UpdateExpression, ConditionExpression: writeOptionalCondition(writer, c), ...writer.members(), ReturnValuesOnConditionCheckFailure: onFailure }) };
    }),
    fc.record({ key: keyOf(shape), condition, onFailure: returnValuesOnFailure }).map(({ key, condition: c, onFailure }) => {
      const writer = new ExpressionWriter();
      return { Delete: defined({ TableName: shape.name, Key: key, ConditionExpression: writeOptionalCondition(writer, c), ...writer.members(), ReturnValuesOnConditionCheckFailure: onFailure }) };
    }),
    fc.record({ key: keyOf(shape), condition: conditionOf(shape), onFailure: returnValuesOnFailure }).map(({ key, condition: c, onFailure }) => {
      const writer = new ExpressionWriter();
      return { ConditionCheck: defined({ TableName: shape.name, Key: key, ConditionExpression: writeCondition(writer, c), ...writer.members(), ReturnValuesOnConditionCheckFailure: onFailure }) };
    }),
  );
}

export function transactWriteStep(shapes: readonly TableShape[], tokens: fc.Arbitrary<string | undefined>): fc.Arbitrary<Step> {
  return fc
    .record({ items: fc.array(fc.oneof(...shapes.map(transactWriteItemOf)), { minLength: 1, maxLength: 4 }), capacity: returnConsumedCapacity, metrics: returnItemCollectionMetrics, token: tokens })
    .map(({ items, capacity, metrics, token }): Step => ({
      operation: 'TransactWriteItems',
      input: defined({ TransactItems: items, ReturnConsumedCapacity: capacity, ReturnItemCollectionMetrics: metrics, ClientRequestToken: token }),
    }));
}

function transactGetItemOf(shape: TableShape): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({ key: keyOf(shape), projection: optional(projectionOf(shape), 3) }).map(({ key, projection }) => {
    const writer = new ExpressionWriter();
    const ProjectionExpression = writeProjection(writer, projection);
    return { Get: defined({ TableName: shape.name, Key: key, ProjectionExpression, ...writer.members() }) };
  });
}

export function transactGetStep(shapes: readonly TableShape[]): fc.Arbitrary<Step> {
  return fc
    .record({ items: fc.array(fc.oneof(...shapes.map(transactGetItemOf)), { minLength: 1, maxLength: 4 }), capacity: returnConsumedCapacity })
    .map(({ items, capacity }): Step => ({ operation: 'TransactGetItems', input: defined({ TransactItems: items, ReturnConsumedCapacity: capacity }) }));
}
