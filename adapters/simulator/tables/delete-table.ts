/**
 * DeleteTable. DynamoDB answers DELETING and removes the table a few seconds later; the simulator
 * removes it before answering (its stream records stay readable: the streams keep them).
 * Deletion protection refuses the request with DynamoDB's message.
 */
import { SimulatorError } from '../simulator-error.js';
import { validateRequest } from '../validation/check-constraints.js';
import { describeTableState } from './describe-table-state.js';
import type { TableOperationContext } from './table-operation-context.js';
import { tableNameShape } from './table-shapes.js';

export function deleteTable(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, tableNameShape);
  const entry = context.catalog.requireTable(request['TableName'] as string);
  if (entry.definition.deletionProtection) {
    throw SimulatorError.validation('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
  }
  const description = describeTableState(entry.state, entry.store, { answer: 'delete', tableStatus: 'DELETING', now: context.clock.now() });
  context.catalog.remove(entry.definition.name);
  return { TableDescription: description };
}
