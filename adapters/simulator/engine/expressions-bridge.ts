/**
 * The engine's one door to the expressions module: it turns the expression members of a request
 * (the expression forms and the legacy parameters alike) into prepared objects the operations
 * use, after DynamoDB's checks across the request (mixing the two styles, unused or missing
 * placeholders, syntax, reserved words).
 */
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import type { ValidatedRequest } from './engine-context.js';
import type { SortKeyRange } from './item-store.js';
import type { KeySchema } from './table-definition.js';

export interface PreparedCondition {
  evaluate(item: AttributeMap | undefined): boolean;
}

export interface PreparedProjection {
  apply(item: AttributeMap): AttributeMap;
  /** The top-level attribute names the projection reads (for index projection checks). */
  readonly topLevelNames: readonly string[];
}

export interface UpdateOutcome {
  readonly item: AttributeMap;
  /** UPDATED_OLD: the updated attributes (or nested parts) as they were. */
  readonly updatedOld: AttributeMap;
  /** UPDATED_NEW: the updated attributes (or nested parts) as they are now. */
  readonly updatedNew: AttributeMap;
}

export interface PreparedUpdate {
  /** The top-level attribute names the update writes to (key attributes may not be among them). */
  readonly topLevelNames: readonly string[];
  apply(item: AttributeMap): UpdateOutcome;
}

export interface PreparedKeyCondition {
  readonly partitionKey: AttributeValue;
  readonly range?: SortKeyRange;
}

export interface ItemExpressions {
  readonly condition?: PreparedCondition;
  readonly update?: PreparedUpdate;
  readonly projection?: PreparedProjection;
}

export interface ReadExpressions {
  readonly keyCondition?: PreparedKeyCondition;
  readonly filter?: PreparedCondition;
  readonly projection?: PreparedProjection;
}

export type ItemOperationKind = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'ConditionCheck' | 'TransactGet' | 'BatchGet';

/**
 * The checks of which expression parameters a request combines (expressions with legacy
 * parameters, ExpressionAttributeValues without any expression): DynamoDB runs them before it
 * looks at the item, the expressions' syntax after.
 */
export function checkExpressionParameters(_kind: ItemOperationKind | 'Query' | 'Scan', _request: ValidatedRequest): void {
  throw new Error('expressions not wired yet');
}

export function prepareItemExpressions(_kind: ItemOperationKind, _request: ValidatedRequest): ItemExpressions {
  throw new Error('expressions not wired yet');
}

export function prepareReadExpressions(_kind: 'Query' | 'Scan', _request: ValidatedRequest, _keySchema: KeySchema | undefined): ReadExpressions {
  throw new Error('expressions not wired yet');
}
