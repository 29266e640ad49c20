/**
 * DynamoDB names the expression parameter in most expression errors
 * (`Invalid ConditionExpression: ...`); these helpers keep the wording in one place.
 */
import { SimulatorError } from '../simulator-error.js';

export type ExpressionKind =
  | 'ConditionExpression'
  | 'FilterExpression'
  | 'KeyConditionExpression'
  | 'ProjectionExpression'
  | 'UpdateExpression';

export function invalidExpression(kind: ExpressionKind, message: string): SimulatorError {
  return SimulatorError.validation(`Invalid ${kind}: ${message}`);
}

/** Document paths as DynamoDB prints them in messages: `[a, b, [1]]`. */
export function formatPath(path: readonly (string | number)[]): string {
  return `[${path.map((element) => (typeof element === 'number' ? `[${element}]` : element)).join(', ')}]`;
}
