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
import { applyProjection } from '../../../../adapters/simulator/expressions/apply-projection.js';
import { applyUpdate, checkUpdateAvoidsKeys } from '../../../../adapters/simulator/expressions/apply-update.js';
import { evaluateCondition } from '../../../../adapters/simulator/expressions/evaluate-condition.js';
import {
  prepareRequestExpressions,
  type ExpressionOperation,
  type RequestExpressions,
} from '../../../../adapters/simulator/expressions/prepare-request-expressions.js';

export type Outcome = { readonly error: string } | { readonly failed: true } | { readonly item: AttributeMap | null };

export interface SimulatedRequest extends RequestExpressions {
  readonly operation: ExpressionOperation;
  /** The stored item the request meets (none: the item does not exist). */
  readonly item?: AttributeMap;
  readonly keySchema: KeySchema;
}

function run(request: SimulatedRequest): Outcome {
  const prepared = prepareRequestExpressions(request.operation, request);
  const keys = [request.keySchema.partitionKey.name, ...(request.keySchema.sortKey ? [request.keySchema.sortKey.name] : [])];
  // The engine stores items in canonical form; so does this stand-in.
  const stored = request.item === undefined ? {} : validateAndCanonicalizeItem(request.item, ITEM_CONTEXT);
  switch (request.operation) {
    case 'Query': {
      if (prepared.keyCondition !== undefined) analyzeKeyCondition(prepared.keyCondition, request.keySchema);
      if (prepared.filter !== undefined) checkFilterAvoidsKeys(prepared.filter, request.keySchema);
      return { item: null };
    }
    case 'Scan':
      return { item: prepared.filter === undefined || evaluateCondition(prepared.filter, stored) ? stored : null };
    case 'GetItem':
      if (request.item === undefined) return { item: null };
      return { item: prepared.projection ? applyProjection(prepared.projection.plan, stored) : stored };
    case 'UpdateItem': {
      if (prepared.update !== undefined) checkUpdateAvoidsKeys(prepared.update, keys);
      if (prepared.condition !== undefined && !evaluateCondition(prepared.condition, stored)) return { failed: true };
      return { item: prepared.update === undefined ? stored : applyUpdate(prepared.update, stored).item };
    }
    default:
      if (prepared.condition !== undefined && !evaluateCondition(prepared.condition, stored)) return { failed: true };
      return { item: null };
  }
}

export function simulate(request: SimulatedRequest): Outcome {
  try {
    return run(request);
  } catch (error) {
    if (error instanceof SimulatorError) return { error: error.message };
    throw error;
  }
}
