/** PutItem, UpdateItem, DeleteItem and GetItem requests on a table, with every option. */
import fc from 'fast-check';
import type { Step } from '../support/step.js';
import { conditionOf, pathOf } from './conditions.js';
import { ExpressionWriter, type Path } from './expression-writer.js';
import { itemOf, keyOf } from './items.js';
import { consistentRead, defined, optional, returnConsumedCapacity, returnItemCollectionMetrics, writeOptionalCondition, writeProjection } from './request-options.js';
import type { TableShape } from './table-shapes.js';
import { updateOf, writeUpdate } from './updates.js';

const ALL_RETURN_VALUES = ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'] as const;
/** PutItem and DeleteItem take NONE and ALL_OLD; the others now and then, as errors. */
const putReturnValues = optional(fc.oneof({ weight: 6, arbitrary: fc.constantFrom('NONE', 'ALL_OLD') }, { weight: 1, arbitrary: fc.constantFrom(...ALL_RETURN_VALUES) }));
const returnValuesOnFailure = optional(fc.constantFrom('NONE', 'ALL_OLD'), 3);

export function projectionOf(shape: TableShape): fc.Arbitrary<readonly Path[]> {
  return fc.array(pathOf(shape), { minLength: 1, maxLength: 3 });
}

export function putStep(shape: TableShape): fc.Arbitrary<Step> {
  return fc
    .record({ item: itemOf(shape), condition: optional(conditionOf(shape)), returnValues: putReturnValues, onFailure: returnValuesOnFailure, capacity: returnConsumedCapacity, metrics: returnItemCollectionMetrics })
    .map(({ item, condition, returnValues, onFailure, capacity, metrics }): Step => {
      const writer = new ExpressionWriter();
      const ConditionExpression = writeOptionalCondition(writer, condition);
      return {
        operation: 'PutItem',
        input: defined({
          TableName: shape.name, Item: item, ConditionExpression, ...writer.members(),
          ReturnValues: returnValues, ReturnValuesOnConditionCheckFailure: onFailure, ReturnConsumedCapacity: capacity, ReturnItemCollectionMetrics: metrics,
        }),
      };
    });
}

export function updateStep(shape: TableShape): fc.Arbitrary<Step> {
  return fc
    .record({
      key: keyOf(shape), update: optional(updateOf(shape), 8), condition: optional(conditionOf(shape)),
      returnValues: optional(fc.constantFrom(...ALL_RETURN_VALUES), 4), onFailure: returnValuesOnFailure, capacity: returnConsumedCapacity, metrics: returnItemCollectionMetrics,
    })
    .map(({ key, update, condition, returnValues, onFailure, capacity, metrics }): Step => {
      const writer = new ExpressionWriter();
      const UpdateExpression = update === undefined ? undefined : writeUpdate(writer, update);
      const ConditionExpression = writeOptionalCondition(writer, condition);
      return {
        operation: 'UpdateItem',
        input: defined({
          TableName: shape.name, Key: key, UpdateExpression, ConditionExpression, ...writer.members(),
          ReturnValues: returnValues, ReturnValuesOnConditionCheckFailure: onFailure, ReturnConsumedCapacity: capacity, ReturnItemCollectionMetrics: metrics,
        }),
      };
    });
}

export function deleteStep(shape: TableShape): fc.Arbitrary<Step> {
  return fc
    .record({ key: keyOf(shape), condition: optional(conditionOf(shape)), returnValues: putReturnValues, onFailure: returnValuesOnFailure, capacity: returnConsumedCapacity, metrics: returnItemCollectionMetrics })
    .map(({ key, condition, returnValues, onFailure, capacity, metrics }): Step => {
      const writer = new ExpressionWriter();
      const ConditionExpression = writeOptionalCondition(writer, condition);
      return {
        operation: 'DeleteItem',
        input: defined({
          TableName: shape.name, Key: key, ConditionExpression, ...writer.members(),
          ReturnValues: returnValues, ReturnValuesOnConditionCheckFailure: onFailure, ReturnConsumedCapacity: capacity, ReturnItemCollectionMetrics: metrics,
        }),
      };
    });
}

export function getStep(shape: TableShape): fc.Arbitrary<Step> {
  return fc
    .record({ key: keyOf(shape), projection: optional(projectionOf(shape)), consistent: consistentRead, capacity: returnConsumedCapacity })
    .map(({ key, projection, consistent, capacity }): Step => {
      const writer = new ExpressionWriter();
      const ProjectionExpression = writeProjection(writer, projection);
      return { operation: 'GetItem', input: defined({ TableName: shape.name, Key: key, ProjectionExpression, ...writer.members(), ConsistentRead: consistent, ReturnConsumedCapacity: capacity }) };
    });
}
