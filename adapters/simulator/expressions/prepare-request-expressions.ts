/**
 * The one entry point for the expressions of a request: validates ExpressionAttributeNames and
 * ExpressionAttributeValues, parses (cached) and resolves every expression the request carries,
 * in DynamoDB's order, and rejects placeholders that no expression used. Returns evaluable ASTs.
 *
 * The key condition is only parsed and resolved here; analyzeKeyCondition checks it against the
 * table's or index's key schema.
 */
import { SimulatorError } from '../simulator-error.js';
import { planProjection, type ProjectionPlan } from './apply-projection.js';
import type { Condition, DocumentPath, UpdateExpression } from './ast.js';
import { resolveDistinctPaths } from './check-path-conflicts.js';
import { javaHashOrder } from './java-hash-order.js';
import { parseConditionExpression, parseProjectionExpression, parseUpdateExpression } from './parse-expression.js';
import { PlaceholderScope } from './placeholder-scope.js';
import { resolveCondition } from './resolve-condition.js';
import { resolvePath } from './resolve-path.js';
import { resolveUpdate } from './resolve-update.js';
import { validatePlaceholderMaps } from './validate-placeholder-maps.js';


/** The operations whose requests carry expressions (transaction items use their operation's name). */
export type ExpressionOperation = 'GetItem' | 'PutItem' | 'DeleteItem' | 'UpdateItem' | 'ConditionCheck' | 'Query' | 'Scan' | 'BatchGetItem';

export interface RequestExpressions {
  readonly ConditionExpression?: string | undefined;
  readonly FilterExpression?: string | undefined;
  readonly KeyConditionExpression?: string | undefined;
  readonly ProjectionExpression?: string | undefined;
  readonly UpdateExpression?: string | undefined;
  readonly ExpressionAttributeNames?: Readonly<Record<string, unknown>> | undefined;
  readonly ExpressionAttributeValues?: Readonly<Record<string, unknown>> | undefined;
}

export interface ProjectionExpressionResult {
  readonly paths: readonly DocumentPath[];
  readonly plan: ProjectionPlan;
}

export interface PreparedExpressions {
  readonly condition?: Condition;
  readonly filter?: Condition;
  readonly keyCondition?: Condition;
  readonly projection?: ProjectionExpressionResult;
  readonly update?: UpdateExpression;
}

/** For each operation: the expressions that may use values, as DynamoDB lists them when none is given. */
const VALUE_EXPRESSIONS: Readonly<Record<ExpressionOperation, string | undefined>> = {
  GetItem: undefined,
  BatchGetItem: undefined,
  PutItem: 'ConditionExpression is null',
  DeleteItem: 'ConditionExpression is null',
  ConditionCheck: 'ConditionExpression is null',
  UpdateItem: 'UpdateExpression and ConditionExpression are null',
  Query: 'FilterExpression and KeyConditionExpression are null',
  Scan: 'FilterExpression is null',
};

function unused(parameter: string, provided: readonly string[], used: ReadonlySet<string>): void {
  const missing = provided.filter((key) => !used.has(key));
  if (missing.length === 0) return;
  const ordered = javaHashOrder(missing, provided.length);
  throw SimulatorError.validation(`Value provided in ${parameter} unused in expressions: keys: {${ordered.join(', ')}}`);
}

export function prepareRequestExpressions(operation: ExpressionOperation, request: RequestExpressions): PreparedExpressions {
  const { ConditionExpression: conditionText, FilterExpression: filterText, KeyConditionExpression: keyText } = request;
  const { ProjectionExpression: projectionText, UpdateExpression: updateText } = request;
  const anyExpression = [conditionText, filterText, keyText, projectionText, updateText].some((text) => text !== undefined);
  const valueExpression = [conditionText, filterText, keyText, updateText].some((text) => text !== undefined);
  const valuesMessage = VALUE_EXPRESSIONS[operation];
  // Operations without value expressions ignore ExpressionAttributeValues altogether.
  const rawValues = valuesMessage === undefined ? undefined : request.ExpressionAttributeValues;
  // An empty map counts as none here; where expressions are used, validatePlaceholderMaps refuses it.
  if (request.ExpressionAttributeNames !== undefined && Object.keys(request.ExpressionAttributeNames).length > 0 && !anyExpression) {
    throw SimulatorError.validation('ExpressionAttributeNames can only be specified when using expressions');
  }
  if (rawValues !== undefined && Object.keys(rawValues).length > 0 && !valueExpression) {
    throw SimulatorError.validation(`ExpressionAttributeValues can only be specified when using expressions: ${valuesMessage ?? ''}`);
  }
  if (!anyExpression) return {};
  const maps = validatePlaceholderMaps(request.ExpressionAttributeNames, rawValues);
  const scope = new PlaceholderScope(maps.names, maps.values, rawValues);
  const prepared: {
    condition?: Condition;
    filter?: Condition;
    keyCondition?: Condition;
    projection?: ProjectionExpressionResult;
    update?: UpdateExpression;
  } = {};
  // DynamoDB processes a request's expressions one after the other, in this order.
  if (updateText !== undefined) prepared.update = resolveUpdate(parseUpdateExpression(updateText), scope);
  if (conditionText !== undefined) {
    prepared.condition = resolveCondition('ConditionExpression', parseConditionExpression('ConditionExpression', conditionText), scope);
  }
  if (filterText !== undefined) {
    prepared.filter = resolveCondition('FilterExpression', parseConditionExpression('FilterExpression', filterText), scope);
  }
  if (projectionText !== undefined) {
    const paths = resolveDistinctPaths('ProjectionExpression', parseProjectionExpression(projectionText), (path) => resolvePath('ProjectionExpression', path, scope));
    prepared.projection = { paths, plan: planProjection(paths) };
  }
  if (keyText !== undefined) {
    prepared.keyCondition = resolveCondition('KeyConditionExpression', parseConditionExpression('KeyConditionExpression', keyText), scope);
  }
  if (request.ExpressionAttributeNames !== undefined) unused('ExpressionAttributeNames', Object.keys(maps.names), scope.usedNames);
  if (rawValues !== undefined) unused('ExpressionAttributeValues', Object.keys(maps.values), scope.usedValues);
  return prepared;
}
