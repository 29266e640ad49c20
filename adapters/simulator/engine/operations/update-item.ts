/**
 * UpdateItem: changes an item in place, creating it from its key when it does not exist (even
 * without any update), optionally under a condition on the item as it was.
 */
import { SimulatorError } from '../../simulator-error.js';
import { itemTable } from '../requests/item-table.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import type { EngineContext } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions, type PreparedUpdate, type UpdateOutcome } from '../expressions-bridge.js';
import { freezeItem } from '../freeze-item.js';
import { cannotUpdateKey } from '../keys/key-messages.js';
import { checkScalarKeyPaths, isTableKeyAttribute, validateIndexKeys, validateKey } from '../keys/table-keys.js';
import { UPDATE_ITEM_SHAPE } from '../requests/item-request-shapes.js';
import type { TableDefinition } from '../table-definition.js';
import { commitWrite } from '../writes/commit-write.js';
import { checkItemSize, UPDATED_ITEM_TOO_LARGE } from '../writes/item-size-limit.js';
import { conditionalCheckFailed, returnValuesOf, writeResponse, type ReturnValue } from '../writes/write-results.js';

const EMPTY: AttributeMap = Object.freeze({});
const nothing = (): AttributeMap => EMPTY;

/** Refuses updates of key attributes (checked once the condition holds, before the update is applied). */
export function checkUpdateTargets(definition: TableDefinition, update: PreparedUpdate | undefined): void {
  if (update === undefined) return;
  for (const name of update.topLevelNames) if (isTableKeyAttribute(definition, name)) throw SimulatorError.validation(cannotUpdateKey(name));
}

/** The item after the update (frozen, validated against the indexes and the size limit). */
export function updatedItem(definition: TableDefinition, update: PreparedUpdate | undefined, base: AttributeMap): { readonly outcome: UpdateOutcome; readonly size: number } {
  const outcome: UpdateOutcome = update === undefined ? { item: base, updatedOld: nothing, updatedNew: nothing } : update.apply(base);
  freezeItem(outcome.item);
  validateIndexKeys(definition, outcome.item, true);
  const size = itemSize(outcome.item);
  checkItemSize(size, UPDATED_ITEM_TOO_LARGE);
  return { outcome, size };
}

function returnedAttributes(returnValues: ReturnValue, before: AttributeMap | undefined, outcome: UpdateOutcome): AttributeMap | undefined {
  switch (returnValues) {
    case 'ALL_OLD':
      return before;
    case 'ALL_NEW':
      return outcome.item;
    case 'UPDATED_OLD':
      return outcome.updatedOld();
    case 'UPDATED_NEW':
      return outcome.updatedNew();
    default:
      return undefined;
  }
}

export function updateItem(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, UPDATE_ITEM_SHAPE);
  const table = itemTable(context, 'UpdateItem', request);
  const returnValues = returnValuesOf(request, ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW']);
  checkExpressionParameters('UpdateItem', request);
  const definition = table.definition;
  const key = validateKey(definition, request['Key']);
  const { condition, update } = prepareItemExpressions('UpdateItem', request);
  checkScalarKeyPaths(definition, condition?.nestedNames);
  const before = table.store.get(key);
  if (condition !== undefined && !condition.evaluate(before?.item)) throw conditionalCheckFailed(request, before?.item);
  // DynamoDB refuses an update of a key attribute only once the condition holds (probed on DynamoDB Local).
  checkUpdateTargets(definition, update);
  // Then any path of the update that reaches into a key attribute, read or written (probed on DynamoDB Local).
  checkScalarKeyPaths(definition, update?.nestedNames);
  const { outcome, size } = updatedItem(definition, update, before?.item ?? freezeItem(key));
  commitWrite(context, { table, before, after: outcome.item, afterSize: size });
  const attributes = returnedAttributes(returnValues, before?.item, outcome);
  return writeResponse(request, table.store, key, attributes, before, { item: outcome.item, size });
}
