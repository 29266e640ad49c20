/**
 * DynamoDB's rule that a request uses either the expression parameters or the legacy ones. The
 * parameters are listed in a fixed order (as DynamoDB prints them). KeyConditions may be combined
 * with the other expressions and only clashes with KeyConditionExpression.
 */
import { SimulatorError } from '../../simulator-error.js';

const LEGACY_ORDER = ['AttributesToGet', 'AttributeUpdates', 'Expected', 'QueryFilter', 'ScanFilter', 'ConditionalOperator', 'KeyConditions'] as const;
const EXPRESSION_ORDER = ['ProjectionExpression', 'UpdateExpression', 'ConditionExpression', 'FilterExpression', 'KeyConditionExpression'] as const;

export type MixableParameters = Partial<Record<(typeof LEGACY_ORDER)[number] | (typeof EXPRESSION_ORDER)[number], unknown>>;

export function checkParameterMixing(request: MixableParameters): void {
  const expressions = EXPRESSION_ORDER.filter((name) => request[name] !== undefined);
  if (expressions.length === 0) return;
  const legacy = LEGACY_ORDER.filter(
    (name) => request[name] !== undefined && (name !== 'KeyConditions' || request.KeyConditionExpression !== undefined),
  );
  if (legacy.length === 0) return;
  throw SimulatorError.validation(
    `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${legacy.join(', ')}} Expression parameters: {${expressions.join(', ')}}`,
  );
}
