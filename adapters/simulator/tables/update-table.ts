/**
 * UpdateTable. Request-level rules are checked before the table is looked up; then billing and
 * throughput, global indexes and the other settings are applied to a new state that replaces the
 * old one at once (the item store backfills a new index immediately). The response describes the
 * table in transition as DynamoDB does (see update-table-plan.ts); DescribeTable afterwards shows
 * the finished change.
 */
import { validateRequest } from '../validation/check-constraints.js';
import { describeTableState } from './describe-table-state.js';
import type { TableOperationContext } from './table-operation-context.js';
import type { UpdateTableRequest } from './table-requests.js';
import { updateTableShape } from './table-shapes.js';
import { applyBilling, targetBillingMode } from './update-table-billing.js';
import { applyIndexUpdates } from './update-table-indexes.js';
import { responseState, startPlan } from './update-table-plan.js';
import { checkUpdateTableRequest } from './update-table-request-rules.js';
import { applySettings } from './update-table-settings.js';

export function updateTable(context: TableOperationContext, input: unknown): Record<string, unknown> {
  // The shape check guarantees the members UpdateTableRequest declares as present.
  const request = validateRequest(input, updateTableShape) as unknown as UpdateTableRequest;
  checkUpdateTableRequest(request);
  const entry = context.catalog.requireTable(request.TableName);
  const old = entry.state;
  const now = context.clock.now();
  const mode = targetBillingMode(request, old.definition);
  const plan = startPlan(old);
  applyBilling(plan, request, now);
  applyIndexUpdates(plan, request, mode, old.definition.billingMode === 'PAY_PER_REQUEST' && mode === 'PROVISIONED', now);
  applySettings(plan, request, context, mode, now);
  context.catalog.update(entry, plan.next);
  const description = describeTableState(responseState(old, plan), entry.store, {
    answer: 'update',
    tableStatus: plan.updating ? 'UPDATING' : 'ACTIVE',
    indexStatus: plan.indexStatus,
    deletingIndexes: plan.deletingIndexes,
    now,
  });
  return { TableDescription: description };
}
