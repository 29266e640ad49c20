/**
 * What the single-item writes share: ReturnValues checks, the ConditionalCheckFailedException
 * with the old item on request, and the optional parts of the response (consumed capacity, item
 * collection metrics).
 */
import { SimulatorError } from '../../simulator-error.js';
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { CapacityMeter, capacityMode } from '../capacity/capacity-meter.js';
import { meterWrite, type SizedItem } from '../capacity/write-capacity.js';
import type { ValidatedRequest } from '../engine-context.js';
import { responseItem } from '../freeze-item.js';
import type { ItemStore } from '../item-store.js';
import type { TableDefinition } from '../table-definition.js';

export type ReturnValue = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';

export const CONDITIONAL_CHECK_FAILED_MESSAGE = 'The conditional request failed';
const INVALID_RETURN_VALUES = 'Return values set to invalid value';

/** ReturnValues of a request, which must be one of `allowed` (absent means NONE). */
export function returnValuesOf(request: ValidatedRequest, allowed: readonly ReturnValue[]): ReturnValue {
  const value = request['ReturnValues'];
  if (value === undefined || value === null) return 'NONE';
  if (!allowed.includes(value as ReturnValue)) throw SimulatorError.validation(INVALID_RETURN_VALUES);
  return value as ReturnValue;
}

/** The error of a failed condition, with the item as it is when the caller asked for ALL_OLD. */
export function conditionalCheckFailed(request: ValidatedRequest, existing: AttributeMap | undefined): SimulatorError {
  const item = request['ReturnValuesOnConditionCheckFailure'] === 'ALL_OLD' && existing !== undefined ? responseItem(existing) : undefined;
  return new SimulatorError('ConditionalCheckFailedException', CONDITIONAL_CHECK_FAILED_MESSAGE, item === undefined ? {} : { Item: item });
}

const BYTES_PER_GB = 1024 * 1024 * 1024;

/** ItemCollectionMetrics of a write to a table with local indexes, when asked for. */
export function itemCollectionMetrics(request: ValidatedRequest, store: ItemStore, partitionKey: AttributeValue): unknown {
  const definition = store.definition;
  if (request['ReturnItemCollectionMetrics'] !== 'SIZE' || definition.localIndexes.length === 0) return undefined;
  const gigabytes = Math.floor(store.collectionSizeBytes(partitionKey) / BYTES_PER_GB);
  return { ItemCollectionKey: { [definition.keySchema.partitionKey.name]: partitionKey }, SizeEstimateRangeGB: [gigabytes, gigabytes + 1] };
}

/** The response of a single-item write. */
export function writeResponse(
  request: ValidatedRequest,
  store: ItemStore,
  key: AttributeMap,
  attributes: AttributeMap | undefined,
  before: SizedItem | undefined,
  after: SizedItem | undefined,
): Record<string, unknown> {
  const response: Record<string, unknown> = {};
  if (attributes !== undefined && Object.keys(attributes).length > 0) response['Attributes'] = responseItem(attributes);
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  const definition: TableDefinition = store.definition;
  if (mode !== 'NONE') {
    const meter = new CapacityMeter(definition);
    meterWrite(meter, before, after);
    response['ConsumedCapacity'] = meter.render(mode);
  }
  const metrics = itemCollectionMetrics(request, store, key[definition.keySchema.partitionKey.name] as AttributeValue);
  if (metrics !== undefined) response['ItemCollectionMetrics'] = metrics;
  return response;
}
