/**
 * Brings one table up to its spec as far as that can be done safely in place: creates it when it
 * is missing, then switches on what the spec asks for and the table lacks (stream, time to live,
 * point-in-time recovery, deletion protection) and sets the spec's tags that are missing or have
 * another value, in one TagResource (DynamoDB refuses a second tag change to a table for a second
 * or two). It never switches anything off, never deletes (tags the spec does not name included),
 * and never touches keys, indexes, billing or encryption of an existing table: those differences
 * are for verifyTable to report. Safe to run again and to run concurrently with itself.
 */
import type { TableSpec } from '../../domain/tables/table-spec.js';
import { systemClock } from '../../ports/clock.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { TableDescription } from '../../ports/dynamo-db-table-types.js';
import { createTableRequest } from './create-table-request.js';
import { observeContinuousBackups, observeTags, observeTimeToLive } from './observe-table.js';
import { ProvisioningError } from './provisioning-error.js';
import { drift, type Drift, type TableFeature } from './table-drift.js';
import { DEFAULT_RECOVERY_PERIOD_DAYS, recoveryPeriodOf } from './table-shape.js';
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS, realSleep, waitForTable, type WaitOptions } from './wait-for-table.js';

export type ProvisioningChange = 'createdTable' | 'enabledStream' | 'enabledTimeToLive' | 'enabledPointInTimeRecovery' | 'changedRecoveryPeriod' | 'enabledDeletionProtection' | 'appliedTags';

export interface TableEnsureResult {
  readonly specId: string;
  readonly tableName: string;
  /** `created` when this call created the table, `updated` when it only changed settings. */
  readonly outcome: 'created' | 'updated' | 'unchanged';
  /** What this call changed, in the order it did it. */
  readonly changes: readonly ProvisioningChange[];
  /** What the spec asks for and the endpoint has no operation for (DynamoDB Local: pointInTimeRecovery). */
  readonly unsupported: readonly TableFeature[];
  /** Differences ensure will not resolve in place (a stream of another view type, TTL on another attribute). */
  readonly conflicts: readonly Drift[];
}

function isUnknownOperation(error: unknown): boolean {
  return DynamoDbError.is(error) && error.errorName === 'UnknownOperationException';
}

/**
 * The table is busy with an earlier change (or, just after creation, backups are not ready yet;
 * or its tags are still being changed, which DynamoDB answers with LimitExceededException).
 */
function isBusy(error: unknown): boolean {
  if (!DynamoDbError.is(error)) return false;
  if (error.reason === 'LimitExceeded') return error.message.includes('Table tags are being updated');
  return error.reason === 'ResourceInUse' || error.errorName === 'ContinuousBackupsUnavailableException';
}

interface Step {
  readonly port: DynamoDbPort;
  readonly tableName: string;
  readonly options: WaitOptions;
}

/**
 * Runs one enabling request. When the table is busy it waits and tries again (within the wait
 * options' time); when the request is refused as pointless (a validation error such as
 * "TimeToLive is already enabled", which a concurrent ensure causes) it looks again: if the
 * wanted state now holds, the change was someone else's and this call changed nothing.
 */
async function enable(step: Step, request: () => Promise<unknown>, holds: () => Promise<boolean>): Promise<boolean> {
  const clock = step.options.clock ?? systemClock;
  const deadline = clock.now() + (step.options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS);
  for (;;) {
    try {
      await request();
      return true;
    } catch (error) {
      const busy = isBusy(error);
      if (!busy && !DynamoDbError.isKind(error, 'validation')) throw error;
      if (busy) {
        if (clock.now() >= deadline) throw error;
        await (step.options.sleep ?? realSleep)(step.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
        await waitForTable(step.port, step.tableName, step.options);
      }
      if (await holds()) return false;
      if (!busy) throw error;
    }
  }
}

async function describeActive(step: Step): Promise<TableDescription> {
  const table = await waitForTable(step.port, step.tableName, step.options);
  if (table === undefined) throw new ProvisioningError('TableNotActive', `The table ${step.tableName} disappeared while it was being provisioned`, step.tableName);
  return table;
}

/** Creates the table unless it exists; true when this call created it. */
async function createIfMissing(step: Step, spec: TableSpec): Promise<boolean> {
  // A table being deleted must be gone before a new one of the same name can be created.
  const existing = await waitForTable(step.port, step.tableName, step.options);
  if (existing !== undefined) return false;
  try {
    await step.port.createTable(createTableRequest(spec, step.tableName));
    return true;
  } catch (error) {
    // Someone else created it between our look and our request: theirs is as good as ours.
    if (DynamoDbError.is(error) && error.reason === 'ResourceInUse') return false;
    throw error;
  }
}

async function ensureStream(step: Step, spec: TableSpec, table: TableDescription, changes: ProvisioningChange[], conflicts: Drift[]): Promise<void> {
  if (spec.stream === undefined) return;
  const viewType = spec.stream.viewType;
  const current = table.StreamSpecification;
  if (current?.StreamEnabled === true) {
    if (current.StreamViewType !== viewType) conflicts.push(drift('stream.viewType', viewType, current.StreamViewType));
    return;
  }
  const changed = await enable(
    step,
    () => step.port.updateTable({ TableName: step.tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } }),
    async () => (await describeActive(step)).StreamSpecification?.StreamEnabled === true,
  );
  if (changed) changes.push('enabledStream');
  await describeActive(step);
}

async function ensureDeletionProtection(step: Step, spec: TableSpec, table: TableDescription, changes: ProvisioningChange[]): Promise<void> {
  // Undefined means the endpoint does not report it; only a reported `false` is changed.
  if (!spec.deletionProtection || table.DeletionProtectionEnabled !== false) return;
  const changed = await enable(
    step,
    () => step.port.updateTable({ TableName: step.tableName, DeletionProtectionEnabled: true }),
    async () => (await describeActive(step)).DeletionProtectionEnabled === true,
  );
  if (changed) changes.push('enabledDeletionProtection');
  await describeActive(step);
}

async function ensureTimeToLive(step: Step, spec: TableSpec, changes: ProvisioningChange[], unsupported: TableFeature[], conflicts: Drift[]): Promise<void> {
  if (spec.timeToLive === undefined) return;
  const attributeName = spec.timeToLive.attributeName;
  const observed = await observeTimeToLive(step.port, step.tableName);
  if (!observed.available && observed.unsupported) {
    unsupported.push('timeToLive');
    return;
  }
  if (observed.available) {
    const { TimeToLiveStatus: status, AttributeName: current } = observed.value;
    const on = status === 'ENABLED' || status === 'ENABLING';
    if (on && current !== attributeName) conflicts.push(drift('timeToLive.attributeName', attributeName, current));
    if (on) return;
  }
  try {
    const changed = await enable(
      step,
      () => step.port.updateTimeToLive({ TableName: step.tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: attributeName } }),
      async () => {
        const now = await observeTimeToLive(step.port, step.tableName);
        return now.available && now.value.AttributeName === attributeName && (now.value.TimeToLiveStatus === 'ENABLED' || now.value.TimeToLiveStatus === 'ENABLING');
      },
    );
    if (changed) changes.push('enabledTimeToLive');
  } catch (error) {
    if (!isUnknownOperation(error)) throw error;
    unsupported.push('timeToLive');
  }
}

async function ensurePointInTimeRecovery(step: Step, spec: TableSpec, changes: ProvisioningChange[], unsupported: TableFeature[]): Promise<void> {
  if (!spec.pointInTimeRecovery.enabled) return;
  const days = recoveryPeriodOf(spec);
  const observed = await observeContinuousBackups(step.port, step.tableName);
  if (!observed.available && observed.unsupported) {
    unsupported.push('pointInTimeRecovery');
    return;
  }
  const holdsIn = (description: typeof observed): boolean => {
    const recovery = description.available ? description.value.PointInTimeRecoveryDescription : undefined;
    // An unreported period is DynamoDB's fixed 35 days from before periods were configurable.
    return recovery?.PointInTimeRecoveryStatus === 'ENABLED' && (recovery.RecoveryPeriodInDays ?? DEFAULT_RECOVERY_PERIOD_DAYS) === days;
  };
  if (holdsIn(observed)) return;
  const wasEnabled = observed.available && observed.value.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED';
  try {
    const changed = await enable(
      step,
      () => step.port.updateContinuousBackups({ TableName: step.tableName, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: days } }),
      async () => holdsIn(await observeContinuousBackups(step.port, step.tableName)),
    );
    if (changed) changes.push(wasEnabled ? 'changedRecoveryPeriod' : 'enabledPointInTimeRecovery');
  } catch (error) {
    if (!isUnknownOperation(error)) throw error;
    unsupported.push('pointInTimeRecovery');
  }
}

async function ensureTags(step: Step, spec: TableSpec, table: TableDescription, changes: ProvisioningChange[], unsupported: TableFeature[]): Promise<void> {
  const arn = table.TableArn;
  if (spec.tags.length === 0 || arn === undefined) return;
  const observed = await observeTags(step.port, table);
  if (!observed.available && observed.unsupported) {
    unsupported.push('tags');
    return;
  }
  // Tags that cannot be read are set anyway: TagResource only overwrites them with the same values.
  const current = new Map(observed.available ? observed.value.map((tag) => [tag.Key, tag.Value]) : []);
  const wanted = spec.tags.filter((tag) => current.get(tag.key) !== tag.value);
  if (wanted.length === 0) return;
  try {
    const changed = await enable(
      step,
      () => step.port.tagResource({ ResourceArn: arn, Tags: wanted.map((tag) => ({ Key: tag.key, Value: tag.value })) }),
      async () => {
        const now = await observeTags(step.port, table);
        return now.available && wanted.every((tag) => now.value.some((present) => present.Key === tag.key && present.Value === tag.value));
      },
    );
    if (changed) changes.push('appliedTags');
  } catch (error) {
    if (!isUnknownOperation(error)) throw error;
    unsupported.push('tags');
  }
}

export async function ensureTable(port: DynamoDbPort, spec: TableSpec, tableName: string, options: WaitOptions = {}): Promise<TableEnsureResult> {
  const step: Step = { port, tableName, options };
  const changes: ProvisioningChange[] = [];
  const unsupported: TableFeature[] = [];
  const conflicts: Drift[] = [];
  const created = await createIfMissing(step, spec);
  if (created) changes.push('createdTable');
  const table = await describeActive(step);
  await ensureStream(step, spec, table, changes, conflicts);
  await ensureDeletionProtection(step, spec, table, changes);
  await ensureTimeToLive(step, spec, changes, unsupported, conflicts);
  await ensurePointInTimeRecovery(step, spec, changes, unsupported);
  // A table this call created got its tags from CreateTable; reading them back at once would
  // race DynamoDB, whose tag reads lag their writes by a second or two.
  if (!created) await ensureTags(step, spec, table, changes, unsupported);
  return Object.freeze({
    specId: spec.id,
    tableName,
    outcome: created ? 'created' : changes.length > 0 ? 'updated' : 'unchanged',
    changes: Object.freeze(changes),
    unsupported: Object.freeze(unsupported),
    conflicts: Object.freeze(conflicts),
  });
}
