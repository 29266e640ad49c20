/** DeleteItem: removes one item by its key, optionally under a condition on it. */
import { itemTable } from '../requests/item-table.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { EngineContext } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions } from '../expressions-bridge.js';
import { checkScalarKeyPaths, validateKey } from '../keys/table-keys.js';
import { DELETE_ITEM_SHAPE } from '../requests/item-request-shapes.js';
import { commitWrite } from '../writes/commit-write.js';
import { conditionalCheckFailed, returnValuesOf, writeResponse } from '../writes/write-results.js';

export function deleteItem(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, DELETE_ITEM_SHAPE);
  const table = itemTable(context, 'DeleteItem', request);
  const returnValues = returnValuesOf(request, ['NONE', 'ALL_OLD']);
  checkExpressionParameters('DeleteItem', request);
  const key = validateKey(table.definition, request['Key']);
  const { condition } = prepareItemExpressions('DeleteItem', request);
  checkScalarKeyPaths(table.definition, condition?.nestedNames);
  const before = table.store.get(key);
  if (condition !== undefined && !condition.evaluate(before?.item)) throw conditionalCheckFailed(request, before?.item);
  commitWrite(context, { table, before, after: undefined, afterSize: 0 });
  const attributes = returnValues === 'ALL_OLD' ? before?.item : undefined;
  return writeResponse(request, table.store, key, attributes, before, undefined);
}
