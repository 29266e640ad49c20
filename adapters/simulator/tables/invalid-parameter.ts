import { SimulatorError } from '../simulator-error.js';

/** DynamoDB's usual wording for a request that is well-formed but makes no sense. */
export function invalidParameter(detail: string): SimulatorError {
  return SimulatorError.validation(`One or more parameter values were invalid: ${detail}`);
}
