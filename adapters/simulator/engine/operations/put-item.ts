/** PutItem: creates or replaces a whole item, optionally under a condition on the item it replaces. */
import { itemTable } from '../requests/item-table.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import { itemSize } from '../../values/item-size.js';
import { ITEM_CONTEXT, validateAndCanonicalizeItem } from '../../values/validate-attribute-value.js';
import type { EngineContext } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions } from '../expressions-bridge.js';
import { freezeItem } from '../freeze-item.js';
import { checkScalarKeyPaths, keyOf, validateItemKeys } from '../keys/table-keys.js';
import { PUT_ITEM_SHAPE } from '../requests/item-request-shapes.js';
import { commitWrite } from '../writes/commit-write.js';
import { checkItemSize } from '../writes/item-size-limit.js';
import { conditionalCheckFailed, returnValuesOf, writeResponse } from '../writes/write-results.js';

export function putItem(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, PUT_ITEM_SHAPE);
  const table = itemTable(context, 'PutItem', request);
  const returnValues = returnValuesOf(request, ['NONE', 'ALL_OLD']);
  checkExpressionParameters('PutItem', request);
  const item = validateAndCanonicalizeItem(request['Item'], ITEM_CONTEXT);
  const size = itemSize(item);
  checkItemSize(size);
  const definition = table.definition;
  validateItemKeys(definition, item);
  const { condition } = prepareItemExpressions('PutItem', request);
  checkScalarKeyPaths(definition, condition?.nestedNames);
  freezeItem(item);
  const before = table.store.get(item);
  if (condition !== undefined && !condition.evaluate(before?.item)) throw conditionalCheckFailed(request, before?.item);
  commitWrite(context, { table, before, after: item, afterSize: size });
  const attributes = returnValues === 'ALL_OLD' ? before?.item : undefined;
  return writeResponse(request, table.store, keyOf(definition, item), attributes, before, { item, size });
}
