/**
 * TransactionCanceledException: one reason per action in request order (`None` for an action
 * that did not cause the cancellation) and the codes repeated in the message, as DynamoDB words it.
 */
import { SimulatorError, type WireCancellationReason } from '../../simulator-error.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import { responseItem } from '../freeze-item.js';

export const NO_REASON: WireCancellationReason = Object.freeze({ Code: 'None' });

/** DynamoDB ends the message of a failed ConditionCheck with a period, and of a failed write without. */
export function conditionFailedReason(isConditionCheck: boolean, item: AttributeMap | undefined): WireCancellationReason {
  const message = isConditionCheck ? 'The conditional request failed.' : 'The conditional request failed';
  return item === undefined ? { Code: 'ConditionalCheckFailed', Message: message } : { Item: responseItem(item), Code: 'ConditionalCheckFailed', Message: message };
}

export function validationReason(message: string): WireCancellationReason {
  return { Code: 'ValidationError', Message: message };
}

export function transactionCanceled(reasons: readonly WireCancellationReason[]): SimulatorError {
  const codes = reasons.map((reason) => reason.Code).join(', ');
  return new SimulatorError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`, {
    CancellationReasons: reasons,
  });
}

/** Runs one action's item-level checks; a ValidationException becomes the action's reason. */
export function reasonOf(check: () => WireCancellationReason): WireCancellationReason {
  try {
    return check();
  } catch (error) {
    if (error instanceof SimulatorError && error.errorName === 'ValidationException') return validationReason(error.message);
    throw error;
  }
}

export const MULTIPLE_OPERATIONS_ON_ONE_ITEM = 'Transaction request cannot include multiple operations on one item';
