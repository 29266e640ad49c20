/**
 * TransactWriteItems: up to 100 condition checks, puts, updates and deletes on distinct items,
 * all or nothing. Every action is judged against the state before the transaction; if any fails
 * (its condition, or an item-level validation) nothing is written and the cancellation lists a
 * reason per action in request order. A ClientRequestToken makes the call idempotent for ten
 * minutes.
 */
import { Buffer } from 'node:buffer';
import { SimulatorError, type WireCancellationReason } from '../../simulator-error.js';
import type { TableEntry } from '../../tables/table-entry.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import { ITEM_CONTEXT, validateAndCanonicalizeItem } from '../../values/validate-attribute-value.js';
import { CapacityMeter, capacityMode } from '../capacity/capacity-meter.js';
import { readUnits } from '../capacity/capacity-units.js';
import { meterWrite } from '../capacity/write-capacity.js';
import type { EngineContext, ValidatedRequest } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions, type ItemExpressions } from '../expressions-bridge.js';
import { freezeItem } from '../freeze-item.js';
import type { ItemChange } from '../item-change.js';
import type { StoredItem } from '../item-store.js';
import { keyFingerprint } from '../keys/key-fingerprint.js';
import { keyOf, validateItemKeys, validateKey } from '../keys/table-keys.js';
import { TRANSACT_WRITE_ITEMS_SHAPE } from '../requests/item-request-shapes.js';
import { conditionFailedReason, MULTIPLE_OPERATIONS_ON_ONE_ITEM, NO_REASON, reasonOf, transactionCanceled } from '../transactions/cancellation.js';
import { applyWrite } from '../writes/commit-write.js';
import { checkItemSize } from '../writes/item-size-limit.js';
import { itemCollectionMetrics } from '../writes/write-results.js';
import { checkUpdateTargets, updatedItem } from './update-item.js';

type ActionKind = 'ConditionCheck' | 'Put' | 'Update' | 'Delete';
const ACTION_KINDS: readonly ActionKind[] = ['ConditionCheck', 'Put', 'Update', 'Delete'];

interface PlannedAction {
  readonly kind: ActionKind;
  readonly table: TableEntry;
  readonly body: ValidatedRequest;
  readonly expressions: ItemExpressions;
  readonly key: AttributeMap | undefined;
  readonly item: AttributeMap | undefined;
  readonly itemBytes: number;
  readonly reason: WireCancellationReason;
}

interface EvaluatedAction {
  readonly plan: PlannedAction;
  readonly before: StoredItem | undefined;
  /** What the action writes: the new item, undefined for a delete, or 'none' for a condition check. */
  readonly after: { readonly item: AttributeMap | undefined; readonly size: number } | 'none';
  readonly reason: WireCancellationReason;
}

function actionKind(action: ValidatedRequest): ActionKind {
  const present = ACTION_KINDS.filter((kind) => action[kind] !== undefined && action[kind] !== null);
  if (present.length === 0) throw SimulatorError.validation('Invalid Request: TransactWriteRequest should contain Delete or Put or Update request');
  if (present.length > 1) throw SimulatorError.validation('TransactItems can only contain one of Check, Put, Update or Delete');
  return present[0] as ActionKind;
}

function planAction(context: EngineContext, action: ValidatedRequest): PlannedAction {
  const kind = actionKind(action);
  const body = action[kind] as ValidatedRequest;
  const table = context.catalog.require(body['TableName'] as string);
  checkExpressionParameters(kind === 'ConditionCheck' ? 'ConditionCheck' : (`${kind}Item`), body);
  const expressions = prepareItemExpressions(kind === 'ConditionCheck' ? 'ConditionCheck' : (`${kind}Item`), body);
  const definition = table.definition;
  let key: AttributeMap | undefined;
  let item: AttributeMap | undefined;
  let itemBytes = 0;
  const reason = reasonOf(() => {
    if (kind === 'Put') {
      const candidate = validateAndCanonicalizeItem(body['Item'], ITEM_CONTEXT);
      itemBytes = itemSize(candidate);
      checkItemSize(itemBytes);
      validateItemKeys(definition, candidate);
      item = freezeItem(candidate);
      key = keyOf(definition, candidate);
    } else {
      key = validateKey(definition, body['Key']);
    }
    return NO_REASON;
  });
  return { kind, table, body, expressions, key, item, itemBytes, reason };
}

function evaluate(plan: PlannedAction): EvaluatedAction {
  if (plan.reason !== NO_REASON || plan.key === undefined) return { plan, before: undefined, after: 'none', reason: plan.reason };
  const before = plan.table.store.get(plan.key);
  let after: EvaluatedAction['after'] = 'none';
  const reason = reasonOf(() => {
    const { condition, update } = plan.expressions;
    if (condition !== undefined && !condition.evaluate(before?.item)) {
      const wantsItem = plan.body['ReturnValuesOnConditionCheckFailure'] === 'ALL_OLD';
      return conditionFailedReason(plan.kind === 'ConditionCheck', wantsItem ? before?.item : undefined);
    }
    if (plan.kind === 'Put') after = { item: plan.item, size: plan.itemBytes };
    else if (plan.kind === 'Delete') after = { item: undefined, size: 0 };
    else if (plan.kind === 'Update') {
      checkUpdateTargets(plan.table.definition, update);
      const { outcome, size } = updatedItem(plan.table.definition, update, before?.item ?? freezeItem(plan.key as AttributeMap));
      after = { item: outcome.item, size };
    }
    return NO_REASON;
  });
  return { plan, before, after, reason };
}

const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** A delete of an item that does not exist costs one unit, not two, as DynamoDB Local charges it. */
const MISSING_ITEM_DELETE_UNITS = 1;

/** The items a transaction writes may not exceed 4 MB together (DynamoDB Local's measure: the Put items). */
function checkPayloadSize(plans: readonly PlannedAction[]): void {
  let bytes = 0;
  for (const plan of plans) bytes += plan.itemBytes;
  if (bytes > MAX_PAYLOAD_BYTES) throw SimulatorError.validation(`Transaction payload size cannot exceed 4MB. Payload Size: ${bytes}`);
}

function checkDistinctItems(plans: readonly PlannedAction[]): void {
  const seen = new Set<string>();
  for (const plan of plans) {
    if (plan.key === undefined) continue;
    const fingerprint = keyFingerprint(plan.table.definition, plan.key);
    if (seen.has(fingerprint)) throw SimulatorError.validation(MULTIPLE_OPERATIONS_ON_ONE_ITEM);
    seen.add(fingerprint);
  }
}

function fingerprintOf(request: ValidatedRequest): string {
  return JSON.stringify(request, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value));
}

function respond(request: ValidatedRequest, evaluated: readonly EvaluatedAction[]): Record<string, unknown> {
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  const response: Record<string, unknown> = {};
  if (mode !== 'NONE') {
    const meters = new Map<TableEntry, CapacityMeter>();
    for (const { plan, before, after } of evaluated) {
      let meter = meters.get(plan.table);
      if (meter === undefined) meters.set(plan.table, (meter = new CapacityMeter(plan.table.definition)));
      if (after === 'none') meter.table += readUnits(before?.size ?? 0, true, true);
      else if (after.item === undefined && before === undefined) meter.table += MISSING_ITEM_DELETE_UNITS;
      else meterWrite(meter, before, after.item === undefined ? undefined : { item: after.item, size: after.size }, true);
    }
    response['ConsumedCapacity'] = [...meters.values()].map((meter) => meter.render(mode));
  }
  const metrics: Record<string, unknown[]> = {};
  for (const { plan, after } of evaluated) {
    if (after === 'none') continue;
    const definition = plan.table.definition;
    const metric = itemCollectionMetrics(request, plan.table.store, (plan.key as AttributeMap)[definition.keySchema.partitionKey.name] as AttributeValue);
    if (metric !== undefined) (metrics[definition.name] ??= []).push(metric);
  }
  if (Object.keys(metrics).length > 0) response['ItemCollectionMetrics'] = metrics;
  return response;
}

/**
 * The answer to a replayed request: nothing is written, and the capacity reported is that of
 * reading the items the transaction names (strongly consistent, not transactional), as DynamoDB
 * reports it.
 */
function replayResponse(context: EngineContext, request: ValidatedRequest): Record<string, unknown> {
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  if (mode === 'NONE') return {};
  const meters = new Map<TableEntry, CapacityMeter>();
  for (const plan of (request['TransactItems'] as readonly ValidatedRequest[]).map((action) => planAction(context, action))) {
    let meter = meters.get(plan.table);
    if (meter === undefined) meters.set(plan.table, (meter = new CapacityMeter(plan.table.definition)));
    if (plan.key !== undefined) meter.table += readUnits(plan.table.store.get(plan.key)?.size ?? 0, true);
  }
  return { ConsumedCapacity: [...meters.values()].map((meter) => meter.render(mode)) };
}

export function transactWriteItems(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, TRANSACT_WRITE_ITEMS_SHAPE);
  const token = request['ClientRequestToken'];
  const fingerprint = typeof token === 'string' ? fingerprintOf(request) : '';
  if (typeof token === 'string') {
    if (context.transactionTokens.replay(token, fingerprint) !== undefined) return replayResponse(context, request);
  }
  const plans = (request['TransactItems'] as readonly ValidatedRequest[]).map((action) => planAction(context, action));
  checkDistinctItems(plans);
  checkPayloadSize(plans);
  const evaluated = plans.map(evaluate);
  if (evaluated.some((action) => action.reason !== NO_REASON)) throw transactionCanceled(evaluated.map((action) => action.reason));
  const changes: ItemChange[] = [];
  for (const { plan, before, after } of evaluated) {
    if (after === 'none') continue;
    const change = applyWrite(context, { table: plan.table, before, after: after.item, afterSize: after.size });
    if (change !== undefined) changes.push(change);
  }
  for (const change of changes) context.feed.publish(change);
  const response = respond(request, evaluated);
  if (typeof token === 'string') context.transactionTokens.remember(token, fingerprint, response);
  return response;
}
