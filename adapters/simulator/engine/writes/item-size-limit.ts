/** DynamoDB's 400 KB item limit, counted as DynamoDB counts item sizes. */
import { UPDATE_TOO_LARGE } from '../../expressions/check-update-size.js';
import { SimulatorError } from '../../simulator-error.js';

export const MAX_ITEM_BYTES = 409_600;

export const ITEM_TOO_LARGE = 'Item size has exceeded the maximum allowed size';
/** The same words as for an update expression that alone writes too much. */
export const UPDATED_ITEM_TOO_LARGE = UPDATE_TOO_LARGE;

export function checkItemSize(size: number, message: string = ITEM_TOO_LARGE): void {
  if (size > MAX_ITEM_BYTES) throw SimulatorError.validation(message);
}
