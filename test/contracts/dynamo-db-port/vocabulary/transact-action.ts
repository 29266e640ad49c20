/**
 * The actions of TransactWriteItems: Put, Delete, Update and ConditionCheck, each with its own
 * condition and placeholders. Updates use only actions that cannot fail on a missing attribute:
 * how an action error and a failed condition of another action combine is not the subject here.
 */
import fc from 'fast-check';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { TransactWriteItem } from '../../../../ports/dynamo-db-transaction-types.js';
import { ContractModel } from '../contract-model.js';
import type { ContractTables, TableRole } from '../contract-tables.js';
import { KEY_ATTRIBUTES, keyOf } from '../contract-tables.js';
import type { Condition } from './condition.js';
import { conditionArbitrary, describeCondition, renderCondition } from './condition.js';
import { tableItemArbitrary, tableKeyArbitrary } from './contract-items.js';
import { ExpressionBuilder } from './expression-builder.js';
import { renderUpdateExpression } from './render-update-expression.js';
import type { UpdateAction } from './update-action.js';
import { describeUpdateActions, updateActionsArbitrary } from './update-action.js';

interface ActionBase {
  readonly role: TableRole;
  readonly condition: Condition | null;
  readonly returnOldOnFailure: boolean;
}

export type TransactAction =
  | (ActionBase & { readonly kind: 'put'; readonly item: Item })
  | (ActionBase & { readonly kind: 'delete'; readonly key: Key })
  | (ActionBase & { readonly kind: 'update'; readonly key: Key; readonly actions: readonly UpdateAction[] })
  | (ActionBase & { readonly kind: 'check'; readonly key: Key; readonly condition: Condition });

export function actionKey(action: TransactAction): Key {
  return action.kind === 'put' ? keyOf(action.role, action.item) : action.key;
}

export function renderTransactAction(action: TransactAction, tables: ContractTables): TransactWriteItem {
  const builder = new ExpressionBuilder();
  const partitionKey = KEY_ATTRIBUTES[action.role][0] ?? '';
  const TableName = tables[action.role];
  const updateExpression = action.kind === 'update' ? renderUpdateExpression(action.actions, builder) : undefined;
  const conditionExpression = action.condition === null ? undefined : renderCondition(action.condition, partitionKey, builder);
  const common = {
    TableName,
    ...(conditionExpression === undefined ? {} : { ConditionExpression: conditionExpression }),
    ...builder.attributes(),
    ...(action.returnOldOnFailure ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
  };
  switch (action.kind) {
    case 'put': return { Put: { ...common, Item: action.item } };
    case 'delete': return { Delete: { ...common, Key: action.key } };
    case 'update': return { Update: { ...common, Key: action.key, UpdateExpression: updateExpression ?? '' } };
    case 'check': return { ConditionCheck: { ...common, Key: action.key, ConditionExpression: conditionExpression ?? '' } };
  }
}

export function describeTransactAction(action: TransactAction): string {
  const target = `${action.role}${JSON.stringify(KEY_ATTRIBUTES[action.role].map((name) => actionKey(action)[name]))}`;
  const details = action.kind === 'update' ? ` ${describeUpdateActions(action.actions)}` : action.kind === 'put' ? ` ${fc.stringify(action.item)}` : '';
  return `${action.kind} ${target}${details}${describeCondition(action.condition)}${action.returnOldOnFailure ? ' (ALL_OLD on failure)' : ''}`;
}

const common = fc.record({ condition: fc.option(conditionArbitrary, { freq: 2 }), returnOldOnFailure: fc.boolean() });

const transactActionArbitrary: fc.Arbitrary<TransactAction> = fc.oneof(
  fc.tuple(tableItemArbitrary, common).map(([{ role, item }, rest]): TransactAction => ({ kind: 'put', role, item, ...rest })),
  fc.tuple(tableKeyArbitrary, common).map(([{ role, key }, rest]): TransactAction => ({ kind: 'delete', role, key, ...rest })),
  fc.tuple(tableKeyArbitrary, updateActionsArbitrary(true), common).map(([{ role, key }, actions, rest]): TransactAction => ({ kind: 'update', role, key, actions, ...rest })),
  fc.tuple(tableKeyArbitrary, conditionArbitrary, fc.boolean()).map(([{ role, key }, condition, returnOldOnFailure]): TransactAction => ({ kind: 'check', role, key, condition, returnOldOnFailure })),
);

/** One to four actions, no item twice (DynamoDB rejects that as a validation error). */
export const transactActionsArbitrary: fc.Arbitrary<TransactAction[]> = fc.uniqueArray(transactActionArbitrary, {
  minLength: 1,
  maxLength: 4,
  selector: (action) => `${action.role}:${ContractModel.keyString(action.role, actionKey(action))}`,
});
