/**
 * What PutItem, UpdateItem and DeleteItem commands share: the optional condition with its
 * placeholders and the return settings in the request, and the check of a condition that the model
 * says fails.
 */
import { expect } from 'chai';
import type { Item } from '../../../../ports/document-value.js';
import type { ReturnValue } from '../../../../ports/dynamo-db-common-types.js';
import { expectDynamoDbError } from '../checks/expect-dynamo-db-error.js';
import { expectSameItem } from '../checks/expect-same-items.js';
import type { Condition } from '../vocabulary/condition.js';
import { renderCondition } from '../vocabulary/condition.js';
import type { ExpressionAttributes, ExpressionBuilder } from '../vocabulary/expression-builder.js';

export interface ConditionalWriteSettings<Returns extends ReturnValue> {
  readonly condition: Condition | null;
  readonly returnValues: Returns | undefined;
  readonly returnOldOnFailure: boolean;
}

/**
 * The request parameters of the condition and the returns. Call it after rendering every other
 * expression into `builder`, since it also emits the builder's placeholders.
 */
export function conditionalWriteParameters<Returns extends ReturnValue>(
  settings: ConditionalWriteSettings<Returns>,
  partitionKey: string,
  builder: ExpressionBuilder,
): { ConditionExpression?: string; ReturnValues?: Returns; ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' } & ExpressionAttributes {
  return {
    ...(settings.condition === null ? {} : { ConditionExpression: renderCondition(settings.condition, partitionKey, builder) }),
    ...builder.attributes(),
    ...(settings.returnValues === undefined ? {} : { ReturnValues: settings.returnValues }),
    ...(settings.returnOldOnFailure ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
  };
}

/** The write must fail its condition, with the old item attached exactly when it was asked for. */
export async function expectConditionFailure(write: Promise<unknown>, old: Item | undefined, returnOldOnFailure: boolean, label: string): Promise<void> {
  const error = await expectDynamoDbError(write, 'conditional-check', label);
  expect(error.errorName, 'errorName').to.equal('ConditionalCheckFailedException');
  expectSameItem(error.item, returnOldOnFailure ? old : undefined, 'the item returned with the failed condition');
}
