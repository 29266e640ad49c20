/**
 * UpdateTable's other settings: streams (enable with a view type, disable without one; the view
 * type of an enabled stream cannot change), server-side encryption, table class, deletion
 * protection, on-demand limits and warm throughput, with DynamoDB's messages.
 */
import { SimulatorError } from '../simulator-error.js';
import { onDemandOf } from './build-table-definition.js';
import { invalidParameter } from './invalid-parameter.js';
import { kmsKeyArn, streamArn } from './table-arns.js';
import type { TableOperationContext } from './table-operation-context.js';
import type { UpdateTableRequest } from './table-requests.js';
import { given } from './table-requests.js';
import { checkOnDemandThroughput, checkSseSpecification, checkTableClass, sseRequested } from './table-setting-rules.js';
import type { UpdateTablePlan } from './update-table-plan.js';
import { streamLabel } from './wire-time.js';

function applyStream(plan: UpdateTablePlan, request: UpdateTableRequest, now: number): void {
  const stream = request.StreamSpecification;
  if (!given(stream)) return;
  const definition = plan.next.definition;
  if (stream.StreamEnabled) {
    if (definition.stream !== undefined) throw SimulatorError.validation(`Table already has an enabled stream: TableName: ${definition.name}`);
    let time = now;
    // Each stream of a table has its own label, even when two are enabled in the same millisecond.
    while (plan.next.latestStream !== undefined && streamLabel(time) <= plan.next.latestStream.label) time += 1;
    const label = streamLabel(time);
    const settings = { viewType: stream.StreamViewType ?? 'KEYS_ONLY', label, arn: streamArn(definition.arn, label) };
    plan.next = { ...plan.next, definition: { ...definition, stream: settings }, latestStream: settings };
  } else {
    if (definition.stream === undefined) throw SimulatorError.validation(`Table has no stream to disable: TableName: ${definition.name}`);
    const { stream: _disabled, ...rest } = definition;
    plan.next = { ...plan.next, definition: rest };
  }
  plan.updating = true;
}

function applySse(plan: UpdateTablePlan, request: UpdateTableRequest, context: TableOperationContext): void {
  const sse = request.SSESpecification;
  if (!given(sse)) return;
  checkSseSpecification(sse);
  const definition = plan.next.definition;
  if (!sseRequested(sse)) {
    if (!definition.sse.enabled) throw invalidParameter('Table is already encrypted by default');
    plan.next = { ...plan.next, definition: { ...definition, sse: { enabled: false } } };
    plan.echoOldSse = true;
    return;
  }
  const keyId = sse.KMSMasterKeyId ?? undefined;
  if (definition.sse.enabled && keyId !== undefined && keyId === definition.sse.kmsMasterKeyId) {
    throw invalidParameter('Table is already encrypted with given KMSMasterKeyId. Use KMSMasterKeyId parameter if you want to change Master Key');
  }
  plan.echoOldSse = definition.sse.enabled;
  plan.next = { ...plan.next, definition: { ...definition, sse: { enabled: true, type: 'KMS', kmsMasterKeyId: kmsKeyArn(context, keyId) } } };
}

function applyTableClass(plan: UpdateTablePlan, request: UpdateTableRequest, now: number): void {
  if (!given(request.TableClass)) return;
  const tableClass = checkTableClass(request.TableClass);
  const definition = plan.next.definition;
  // STANDARD on a table that never had another class changes nothing, not even the summary.
  if (tableClass === definition.tableClass && !plan.next.tableClassShown) return;
  plan.next = { ...plan.next, definition: { ...definition, tableClass }, tableClassShown: true, tableClassUpdatedAt: now };
  plan.echoOldTableClass = true;
  plan.updating = true;
}

function applyOnDemand(plan: UpdateTablePlan, request: UpdateTableRequest, mode: 'PROVISIONED' | 'PAY_PER_REQUEST'): void {
  if (!given(request.OnDemandThroughput)) return;
  checkOnDemandThroughput(request.OnDemandThroughput, mode, 'table', true);
  const merged = { ...plan.next.onDemand, ...onDemandOf(request.OnDemandThroughput) };
  const kept = {
    ...(merged.maxRead === undefined || merged.maxRead === -1 ? {} : { maxRead: merged.maxRead }),
    ...(merged.maxWrite === undefined || merged.maxWrite === -1 ? {} : { maxWrite: merged.maxWrite }),
  };
  const { onDemand: _previous, ...rest } = plan.next;
  plan.next = kept.maxRead === undefined && kept.maxWrite === undefined ? rest : { ...rest, onDemand: kept };
}

function applyWarmThroughput(plan: UpdateTablePlan, request: UpdateTableRequest): void {
  const warm = request.WarmThroughput;
  if (typeof warm !== 'object' || warm === null) return;
  const { ReadUnitsPerSecond: read, WriteUnitsPerSecond: write } = warm as { readonly ReadUnitsPerSecond?: number | null; readonly WriteUnitsPerSecond?: number | null };
  const current = plan.next.warm;
  for (const [member, value, now] of [['ReadUnitsPerSecond', read, current.read], ['WriteUnitsPerSecond', write, current.write]] as const) {
    if (given(value) && value < now) {
      throw invalidParameter(`Requested ${member} for WarmThroughput for table is lower than current WarmThroughput, decreasing WarmThroughput is not supported`);
    }
  }
  plan.next = { ...plan.next, warm: { read: read ?? current.read, write: write ?? current.write } };
}

export function applySettings(plan: UpdateTablePlan, request: UpdateTableRequest, context: TableOperationContext, mode: 'PROVISIONED' | 'PAY_PER_REQUEST', now: number): void {
  applyStream(plan, request, now);
  applySse(plan, request, context);
  applyTableClass(plan, request, now);
  if (given(request.DeletionProtectionEnabled)) {
    plan.next = { ...plan.next, definition: { ...plan.next.definition, deletionProtection: request.DeletionProtectionEnabled } };
  }
  applyOnDemand(plan, request, mode);
  applyWarmThroughput(plan, request);
}
