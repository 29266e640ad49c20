import { hasBrand } from '../errors/has-brand.js';
import type { DeliveryCommandType, DeliveryStatus } from './delivery-status.js';

const BRAND = Symbol.for('dynamo-hexagon.IllegalTransitionError');

/** Why a delivery command was refused. */
export type IllegalTransitionReason = 'not-allowed' | 'retry-limit-reached';

/** A delivery command that the state machine refuses in the record's current status. */
export class IllegalTransitionError extends Error {
  readonly [BRAND] = true;
  readonly from: DeliveryStatus;
  readonly command: DeliveryCommandType;
  readonly reason: IllegalTransitionReason;

  constructor(from: DeliveryStatus, command: DeliveryCommandType, reason: IllegalTransitionReason, detail?: string) {
    super(reason === 'retry-limit-reached' ? `${command} refused: ${detail ?? 'the retry limit is reached'}` : `${command} is not allowed from status ${from}`);
    this.name = 'IllegalTransitionError';
    this.from = from;
    this.command = command;
    this.reason = reason;
  }

  static is(value: unknown): value is IllegalTransitionError {
    return hasBrand(value, BRAND);
  }
}
