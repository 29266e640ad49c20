/**
 * TransactWriteItems: up to 100 condition checks, puts, updates and deletes on distinct items,
 * all or nothing. The checks run in DynamoDB's order: every action's expressions and values, and
 * the 4 MB payload, refuse the whole request before any table or token is looked at; then a
 * ClientRequestToken seen in the last ten minutes answers a repeat; then tables, keys and distinct
 * items. Every action is judged against the state before the transaction; if any fails (its
 * condition, or a validation against its table or item) nothing is written and the cancellation
 * lists a reason per action in request order.
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
import { checkScalarKeyPaths, keyOf, scalarKeyPathsRefusal, validateItemKeys, validateKey } from '../keys/table-keys.js';
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

/** An action after the checks that need no table: its expressions and the values it carries. */
interface CheckedAction {
  readonly kind: ActionKind;
  readonly body: ValidatedRequest;
  readonly expressions: ItemExpressions;
  /** A Put's item, canonical, and its size. */
  readonly item: AttributeMap | undefined;
  readonly itemBytes: number;
}

/**
 * DynamoDB judges every action's expressions and values, in request order, before it looks at a
 * table or at the ClientRequestToken: these errors refuse the whole request, they are not
 * cancellation reasons. Within an action the expressions come first, then the values (unlike
 * PutItem; probed on DynamoDB Local).
 */
function checkAction(action: ValidatedRequest): CheckedAction {
  const kind = actionKind(action);
  const body = action[kind] as ValidatedRequest;
  const operation = kind === 'ConditionCheck' ? 'ConditionCheck' : (`${kind}Item` as const);
  checkExpressionParameters(operation, body);
  const expressions = prepareItemExpressions(operation, body);
  let item: AttributeMap | undefined;
  let itemBytes = 0;
  if (kind === 'Put') {
    item = validateAndCanonicalizeItem(body['Item'], ITEM_CONTEXT);
    itemBytes = itemSize(item);
    checkItemSize(itemBytes);
  } else if (typeof body['Key'] === 'object' && body['Key'] !== null) {
    validateAndCanonicalizeItem(body['Key'], ITEM_CONTEXT);
  }
  return { kind, body, expressions, item, itemBytes };
}

/** The table and key of a checked action; a key that does not fit its table is the action's cancellation reason. */
function planAction(context: EngineContext, checked: CheckedAction): PlannedAction {
  const { kind, body } = checked;
  const table = context.catalog.require(body['TableName'] as string);
  const definition = table.definition;
  let key: AttributeMap | undefined;
  let item: AttributeMap | undefined;
  const reason = reasonOf(() => {
    if (checked.item !== undefined) {
      validateItemKeys(definition, checked.item);
      item = freezeItem(checked.item);
      key = keyOf(definition, checked.item);
    } else {
      key = validateKey(definition, body['Key']);
    }
    return NO_REASON;
  });
  return { kind, table, body, expressions: checked.expressions, key, item, itemBytes: checked.itemBytes, reason };
}

function evaluate(plan: PlannedAction): EvaluatedAction {
  if (plan.reason !== NO_REASON || plan.key === undefined) return { plan, before: undefined, after: 'none', reason: plan.reason };
  const before = plan.table.store.get(plan.key);
  let after: EvaluatedAction['after'] = 'none';
  const { condition, update } = plan.expressions;
  // A path reaching into a key attribute refuses the whole request, not only the action, and a
  // ConditionCheck's condition is not looked at for it (probed on DynamoDB Local).
  if (plan.kind !== 'ConditionCheck') checkScalarKeyPaths(plan.table.definition, condition?.nestedNames);
  let refusal: SimulatorError | undefined;
  const reason = reasonOf(() => {
    if (condition !== undefined && !condition.evaluate(before?.item)) {
      const wantsItem = plan.body['ReturnValuesOnConditionCheckFailure'] === 'ALL_OLD';
      return conditionFailedReason(plan.kind === 'ConditionCheck', wantsItem ? before?.item : undefined);
    }
    if (plan.kind === 'Put') after = { item: plan.item, size: plan.itemBytes };
    else if (plan.kind === 'Delete') after = { item: undefined, size: 0 };
    else if (plan.kind === 'Update') {
      checkUpdateTargets(plan.table.definition, update);
      refusal = scalarKeyPathsRefusal(plan.table.definition, update?.nestedNames);
      if (refusal !== undefined) return NO_REASON;
      const { outcome, size } = updatedItem(plan.table.definition, update, before?.item ?? freezeItem(plan.key as AttributeMap));
      after = { item: outcome.item, size };
    }
    return NO_REASON;
  });
  if (refusal !== undefined) throw refusal;
  return { plan, before, after, reason };
}

const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** A delete of an item that does not exist costs one unit, not two, as DynamoDB Local charges it. */
const MISSING_ITEM_DELETE_UNITS = 1;

/**
 * Every action checked in request order, with the 4 MB payload limit on the Put items as a running
 * sum: the action that takes it past 4 MB refuses the request, before later actions are looked at
 * (DynamoDB Local's measure, duplicates counted each time).
 */
function checkActions(actions: readonly ValidatedRequest[]): CheckedAction[] {
  const checked: CheckedAction[] = [];
  let bytes = 0;
  for (const action of actions) {
    const next = checkAction(action);
    bytes += next.itemBytes;
    if (bytes > MAX_PAYLOAD_BYTES) throw SimulatorError.validation(`Transaction payload size cannot exceed 4MB. Payload Size: ${bytes}`);
    checked.push(next);
  }
  return checked;
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
function replayResponse(context: EngineContext, request: ValidatedRequest, checked: readonly CheckedAction[]): Record<string, unknown> {
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  if (mode === 'NONE') return {};
  const meters = new Map<TableEntry, CapacityMeter>();
  for (const plan of checked.map((action) => planAction(context, action))) {
    let meter = meters.get(plan.table);
    if (meter === undefined) meters.set(plan.table, (meter = new CapacityMeter(plan.table.definition)));
    if (plan.key !== undefined) meter.table += readUnits(plan.table.store.get(plan.key)?.size ?? 0, true);
  }
  return { ConsumedCapacity: [...meters.values()].map((meter) => meter.render(mode)) };
}

export function transactWriteItems(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, TRANSACT_WRITE_ITEMS_SHAPE);
  const checked = checkActions(request['TransactItems'] as readonly ValidatedRequest[]);
  const token = request['ClientRequestToken'];
  const fingerprint = typeof token === 'string' ? fingerprintOf(request) : '';
  if (typeof token === 'string') {
    if (context.transactionTokens.replay(token, fingerprint) !== undefined) return replayResponse(context, request, checked);
  }
  const plans = checked.map((action) => planAction(context, action));
  checkDistinctItems(plans);
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
