/**
 * The table an item operation names. DynamoDB judges a request's expressions (syntax,
 * placeholders, their mix with legacy parameters), its legacy conditions and updates and its
 * AttributesToGet before it looks the table up, so on a missing table those errors win over
 * "Requested resource not found" (dynalite's tests against DynamoDB; ExtendDB pull request 192 and
 * nubo-db/dynamodb-conformance, both captured from DynamoDB). DynamoDB Local looks the table up
 * first. On an existing table each operation keeps these checks where DynamoDB Local runs them,
 * so only a request for a missing table pays for them here.
 */
import type { TableEntry } from '../../tables/table-entry.js';
import type { EngineContext, ValidatedRequest } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions, prepareReadExpressions, type ItemOperationKind } from '../expressions-bridge.js';
import { stringMember } from './request-members.js';

export function itemTable(context: EngineContext, kind: ItemOperationKind | 'Query' | 'Scan', request: ValidatedRequest, tableName = stringMember(request, 'TableName') as string): TableEntry {
  const table = context.catalog.get(tableName);
  if (table !== undefined) return table;
  checkExpressionParameters(kind, request);
  if (kind === 'Query' || kind === 'Scan') prepareReadExpressions(kind, request, undefined);
  else prepareItemExpressions(kind, request);
  return context.catalog.require(tableName);
}
