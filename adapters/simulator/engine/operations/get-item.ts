/** GetItem: one item by its full key, optionally projected; read units by the item's size. */
import { itemTable } from '../requests/item-table.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import { readUnits } from '../capacity/capacity-units.js';
import { CapacityMeter, capacityMode } from '../capacity/capacity-meter.js';
import type { EngineContext } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions } from '../expressions-bridge.js';
import { responseItem } from '../freeze-item.js';
import { checkScalarKeyPaths, validateKey } from '../keys/table-keys.js';
import { GET_ITEM_SHAPE } from '../requests/item-request-shapes.js';
import { booleanMember } from '../requests/request-members.js';

export function getItem(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, GET_ITEM_SHAPE);
  const table = itemTable(context, 'GetItem', request);
  checkExpressionParameters('GetItem', request);
  const { projection } = prepareItemExpressions('GetItem', request);
  const key = validateKey(table.definition, request['Key']);
  checkScalarKeyPaths(table.definition, projection?.nestedNames);
  const entry = table.store.get(key);
  const response: { Item?: AttributeMap; ConsumedCapacity?: unknown } = {};
  if (entry !== undefined) response.Item = responseItem(projection === undefined ? entry.item : projection.apply(entry.item));
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  if (mode !== 'NONE') {
    const meter = new CapacityMeter(table.definition);
    meter.table = readUnits(entry?.size ?? 0, booleanMember(request, 'ConsistentRead') === true);
    response.ConsumedCapacity = meter.render(mode);
  }
  return response;
}
