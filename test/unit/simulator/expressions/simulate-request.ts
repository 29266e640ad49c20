/**
 * Test support: what the engine does with the expressions of a single-item request, so that a
 * case can be run both here and on DynamoDB Local and the outcomes compared. The outcome is the
 * error message, `ConditionalCheckFailed`, or the resulting item / projected item.
 */
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import type { AttributeMap } from '../../../../adapters/simulator/values/attribute-value.js';
import { ITEM_CONTEXT, validateAndCanonicalizeItem } from '../../../../adapters/simulator/values/validate-attribute-value.js';
import type { KeySchema } from '../../../../adapters/simulator/engine/table-definition.js';
import { analyzeKeyCondition, checkFilterAvoidsKeys } from '../../../../adapters/simulator/expressions/analyze-key-condition.js';
import { applyProjection, planProjection, type ProjectionPlan } from '../../../../adapters/simulator/expressions/apply-projection.js';
import { checkParameterMixing } from '../../../../adapters/simulator/expressions/legacy/check-parameter-mixing.js';
import { legacyCondition } from '../../../../adapters/simulator/expressions/legacy/legacy-condition.js';
import { analyzeKeyConditions, checkQueryFilterAvoidsKeys } from '../../../../adapters/simulator/expressions/legacy/legacy-key-conditions.js';
import { attributesToGetPaths, attributeUpdatesToUpdate } from '../../../../adapters/simulator/expressions/legacy/legacy-updates.js';
import { applyUpdate, checkUpdateAvoidsKeys } from '../../../../adapters/simulator/expressions/apply-update.js';
import { evaluateCondition } from '../../../../adapters/simulator/expressions/evaluate-condition.js';
import {
  prepareRequestExpressions,
  type ExpressionOperation,
  type RequestExpressions,
} from '../../../../adapters/simulator/expressions/prepare-request-expressions.js';

export type Outcome = { readonly error: string } | { readonly failed: true } | { readonly item: AttributeMap | null };

export interface LegacyParameters {
  readonly Expected?: Readonly<Record<string, unknown>>;
  readonly ConditionalOperator?: string;
  readonly QueryFilter?: Readonly<Record<string, unknown>>;
  readonly KeyConditions?: Readonly<Record<string, unknown>>;
  readonly AttributesToGet?: readonly string[];
  readonly AttributeUpdates?: Readonly<Record<string, unknown>>;
}

export interface SimulatedRequest extends RequestExpressions, LegacyParameters {
  readonly operation: ExpressionOperation;
  /** The stored item the request meets (none: the item does not exist). */
  readonly item?: AttributeMap;
  readonly keySchema: KeySchema;
}

function run(request: SimulatedRequest): Outcome {
  checkParameterMixing(request);
  const prepared = prepareRequestExpressions(request.operation, request);
  const expected = legacyCondition('Expected', request.Expected, request.operation === 'Query' ? undefined : request.ConditionalOperator);
  const condition = prepared.condition ?? expected;
  const projection = prepared.projection?.plan ?? (request.AttributesToGet ? planOf(attributesToGetPaths(request.AttributesToGet)) : undefined);
  const keys = [request.keySchema.partitionKey.name, ...(request.keySchema.sortKey ? [request.keySchema.sortKey.name] : [])];
  // The engine stores items in canonical form; so does this stand-in.
  const stored = request.item === undefined ? {} : validateAndCanonicalizeItem(request.item, ITEM_CONTEXT);
  switch (request.operation) {
    case 'Query': {
      if (prepared.keyCondition !== undefined) analyzeKeyCondition(prepared.keyCondition, request.keySchema);
      if (request.KeyConditions !== undefined) analyzeKeyConditions(request.KeyConditions, request.keySchema);
      if (request.QueryFilter !== undefined) checkQueryFilterAvoidsKeys(request.QueryFilter, request.keySchema);
      if (prepared.filter !== undefined) checkFilterAvoidsKeys(prepared.filter, request.keySchema);
      legacyCondition('QueryFilter', request.QueryFilter, request.ConditionalOperator);
      return { item: null };
    }
    case 'Scan':
      return { item: prepared.filter === undefined || evaluateCondition(prepared.filter, stored) ? stored : null };
    case 'GetItem':
      if (request.item === undefined) return { item: null };
      return { item: projection ? applyProjection(projection, stored) : stored };
    case 'UpdateItem': {
      const update = prepared.update ?? (request.AttributeUpdates ? attributeUpdatesToUpdate(request.AttributeUpdates) : undefined);
      if (update !== undefined) checkUpdateAvoidsKeys(update, keys);
      if (condition !== undefined && !evaluateCondition(condition, stored)) return { failed: true };
      return { item: update === undefined ? stored : applyUpdate(update, stored).item };
    }
    default:
      if (condition !== undefined && !evaluateCondition(condition, stored)) return { failed: true };
      return { item: null };
  }
}

function planOf(paths: ReturnType<typeof attributesToGetPaths>): ProjectionPlan | undefined {
  return paths === undefined ? undefined : planProjection(paths);
}

export function simulate(request: SimulatedRequest): Outcome {
  try {
    return run(request);
  } catch (error) {
    if (error instanceof SimulatorError) return { error: error.message };
    throw error;
  }
}
