/**
 * UpdateContinuousBackups and DescribeContinuousBackups (point-in-time recovery). DynamoDB Local
 * does not have them; the simulator follows DynamoDB: a missing table is TableNotFoundException
 * `Table not found: <name>`, the recovery period is 1 to 35 days (35 when not given, also on
 * re-enabling), and ContinuousBackupsStatus is ENABLED whatever PITR's own status.
 */
import { SimulatorError } from '../simulator-error.js';
import { validateRequest } from '../validation/check-constraints.js';
import { tableNameOf } from '../validation/name-rules.js';
import type { TableEntry } from './table-entry.js';
import type { TableOperationContext } from './table-operation-context.js';
import { tableNameShape, updateContinuousBackupsShape } from './table-shapes.js';
import { wireTime } from './wire-time.js';

const DAY = 86_400_000;
/** DynamoDB's latest restorable time trails the present by five minutes. */
const RESTORE_LAG = 300_000;
const DEFAULT_RECOVERY_DAYS = 35;

function requireBackupTable(context: TableOperationContext, name: string): TableEntry {
  const entry = context.catalog.get(name);
  if (entry === undefined) throw new SimulatorError('TableNotFoundException', `Table not found: ${tableNameOf(name)}`);
  return entry;
}

function description(entry: TableEntry, now: number): Record<string, unknown> {
  const recovery = entry.definition.pointInTimeRecovery;
  const enabledAt = entry.state.pointInTimeRecoveryEnabledAt ?? now;
  return {
    ContinuousBackupsStatus: 'ENABLED',
    PointInTimeRecoveryDescription: recovery.enabled
      ? {
          PointInTimeRecoveryStatus: 'ENABLED',
          RecoveryPeriodInDays: recovery.recoveryPeriodInDays,
          EarliestRestorableDateTime: wireTime(Math.max(enabledAt, now - recovery.recoveryPeriodInDays * DAY)),
          LatestRestorableDateTime: wireTime(Math.max(enabledAt, now - RESTORE_LAG)),
        }
      : { PointInTimeRecoveryStatus: 'DISABLED' },
  };
}

export function updateContinuousBackups(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, updateContinuousBackupsShape);
  // The shape check guarantees PointInTimeRecoveryEnabled.
  const specification = request['PointInTimeRecoverySpecification'] as { readonly PointInTimeRecoveryEnabled: boolean; readonly RecoveryPeriodInDays?: number | null };
  const entry = requireBackupTable(context, request['TableName'] as string);
  const period = specification.RecoveryPeriodInDays;
  if (!specification.PointInTimeRecoveryEnabled && period !== undefined && period !== null) {
    throw SimulatorError.validation('Invalid Request: Cannot specify RecoveryPeriodInDays when disabling point-in-time recovery.');
  }
  const now = context.clock.now();
  const wasEnabled = entry.definition.pointInTimeRecovery.enabled;
  const { pointInTimeRecoveryEnabledAt: _previous, ...state } = entry.state;
  context.catalog.update(entry, {
    ...state,
    definition: {
      ...entry.definition,
      pointInTimeRecovery: { enabled: specification.PointInTimeRecoveryEnabled, recoveryPeriodInDays: Math.trunc(period ?? DEFAULT_RECOVERY_DAYS) },
    },
    ...(specification.PointInTimeRecoveryEnabled ? { pointInTimeRecoveryEnabledAt: wasEnabled ? (entry.state.pointInTimeRecoveryEnabledAt ?? now) : now } : {}),
  });
  return { ContinuousBackupsDescription: description(entry, now) };
}

export function describeContinuousBackups(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, tableNameShape);
  const entry = requireBackupTable(context, request['TableName'] as string);
  return { ContinuousBackupsDescription: description(entry, context.clock.now()) };
}
