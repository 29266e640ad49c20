/**
 * UpdateTimeToLive and DescribeTimeToLive. The setting lives in TableDefinition.timeToLive (absent
 * when disabled); the items engine sweeps expired items. DynamoDB's rules: enabling what is
 * enabled, disabling what is disabled, or naming another attribute than the enabled one are
 * errors, and after a change the next one is refused for about 31 minutes (by the clock). The
 * statuses are ENABLED and DISABLED: DynamoDB was never seen reporting ENABLING or DISABLING.
 */
import { SimulatorError } from '../simulator-error.js';
import { validateRequest } from '../validation/check-constraints.js';
import type { TableOperationContext } from './table-operation-context.js';
import { tableNameShape, updateTimeToLiveShape } from './table-shapes.js';

/** Measured on DynamoDB: refused 1811 s after a change, accepted 1871 s after it. */
export const TIME_TO_LIVE_COOLDOWN_MS = 31 * 60_000;

export function updateTimeToLive(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, updateTimeToLiveShape);
  const entry = context.catalog.requireTable(request['TableName'] as string);
  // The shape check guarantees both members.
  const specification = request['TimeToLiveSpecification'] as { readonly Enabled: boolean; readonly AttributeName: string };
  const current = entry.definition.timeToLive;
  if (current?.enabled === true && current.attributeName !== specification.AttributeName) {
    throw SimulatorError.validation(`TimeToLive is active on a different AttributeName: current AttributeName is ${current.attributeName}`);
  }
  if (specification.Enabled && current?.enabled === true) throw SimulatorError.validation('TimeToLive is already enabled');
  if (!specification.Enabled && current?.enabled !== true) throw SimulatorError.validation('TimeToLive is already disabled');
  const now = context.clock.now();
  const changedAt = entry.state.timeToLiveChangedAt;
  if (changedAt !== undefined && now - changedAt < TIME_TO_LIVE_COOLDOWN_MS) {
    throw SimulatorError.validation('Time to live has been modified multiple times within a fixed interval');
  }
  const { timeToLive: _previous, ...definition } = entry.definition;
  context.catalog.update(entry, {
    ...entry.state,
    definition: specification.Enabled ? { ...definition, timeToLive: { attributeName: specification.AttributeName, enabled: true } } : definition,
    timeToLiveChangedAt: now,
  });
  return { TimeToLiveSpecification: { Enabled: specification.Enabled, AttributeName: specification.AttributeName } };
}

export function describeTimeToLive(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, tableNameShape);
  const entry = context.catalog.requireTable(request['TableName'] as string);
  const setting = entry.definition.timeToLive;
  return {
    TimeToLiveDescription: setting?.enabled === true ? { TimeToLiveStatus: 'ENABLED', AttributeName: setting.attributeName } : { TimeToLiveStatus: 'DISABLED' },
  };
}
