/**
 * CreateTable. DynamoDB answers with the table CREATING (and its global indexes CREATING); the
 * simulator finishes the creation before the next request, so DescribeTable already says ACTIVE.
 * An invalid request is refused before the name is looked up, as in DynamoDB.
 */
import { SimulatorError } from '../simulator-error.js';
import { validateRequest } from '../validation/check-constraints.js';
import { buildTableState } from './build-table-definition.js';
import { describeTableState, type IndexStatusName } from './describe-table-state.js';
import { TableEntry } from './table-entry.js';
import type { TableOperationContext } from './table-operation-context.js';
import type { CreateTableRequest } from './table-requests.js';
import { createTableShape } from './table-shapes.js';
import { validateCreateTable } from './validate-create-table.js';

const EMPTY = { itemCount: 0, sizeBytes: 0, indexStats: () => ({ itemCount: 0, sizeBytes: 0 }) };

export function createTable(context: TableOperationContext, input: unknown): Record<string, unknown> {
  // The shape check guarantees the members CreateTableRequest declares as present.
  const request = validateRequest(input, createTableShape) as unknown as CreateTableRequest;
  validateCreateTable(request);
  if (context.catalog.get(request.TableName) !== undefined) {
    throw new SimulatorError('ResourceInUseException', `Table already exists: ${request.TableName}`);
  }
  const state = buildTableState(request, context, context.catalog.newTableId());
  context.catalog.add(new TableEntry(state));
  const indexStatus = new Map<string, IndexStatusName>(state.definition.globalIndexes.map((index) => [index.name, 'CREATING']));
  return { TableDescription: describeTableState(state, EMPTY, { answer: 'create', tableStatus: 'CREATING', indexStatus, now: context.clock.now() }) };
}
