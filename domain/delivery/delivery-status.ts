/**
 * Delivery status as a state machine in decide / evolve form. The transitions:
 *
 *     from \ command    markDelivered   markFailed   scheduleRetry
 *     pending            delivered       failed       retry_scheduled
 *     retry_scheduled    delivered       failed       -
 *     failed             -               -            retry_scheduled
 *     delivered          -               -            -
 *
 * A first attempt that fails is marked failed, or scheduled for a retry at once; a failed
 * delivery may be scheduled again; a scheduled retry ends delivered or failed; delivered is
 * final. Each retry scheduled adds one to the retry count, up to a limit.
 */
import { IllegalTransitionError } from './illegal-transition-error.js';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'retry_scheduled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type DeliveryCommand =
  | { readonly type: 'markDelivered'; readonly at: string }
  | { readonly type: 'markFailed'; readonly at: string; readonly error: string }
  | { readonly type: 'scheduleRetry'; readonly at: string; readonly retryAt: string };
export type DeliveryCommandType = DeliveryCommand['type'];

export type DeliveryStatusEvent =
  | { readonly type: 'delivered'; readonly at: string }
  | { readonly type: 'failed'; readonly at: string; readonly error: string }
  | { readonly type: 'retryScheduled'; readonly at: string; readonly retryAt: string };

export interface DeliveryState {
  readonly status: DeliveryStatus;
  readonly retryCount: number;
  readonly lastError: string | undefined;
  readonly nextRetryAt: string | undefined;
  readonly updatedAt: string | undefined;
}

export const initialDeliveryState: DeliveryState = Object.freeze({
  status: 'pending',
  retryCount: 0,
  lastError: undefined,
  nextRetryAt: undefined,
  updatedAt: undefined,
});

/** The status each command leads to. */
export const TARGET_STATUS: Readonly<Record<DeliveryCommandType, DeliveryStatus>> = Object.freeze({
  markDelivered: 'delivered',
  markFailed: 'failed',
  scheduleRetry: 'retry_scheduled',
});

/** The statuses each command is allowed from: the whole transition table. */
export const ALLOWED_FROM: Readonly<Record<DeliveryCommandType, readonly DeliveryStatus[]>> = Object.freeze({
  markDelivered: Object.freeze(['pending', 'retry_scheduled'] as const),
  markFailed: Object.freeze(['pending', 'retry_scheduled'] as const),
  scheduleRetry: Object.freeze(['pending', 'failed'] as const),
});

export const DEFAULT_MAX_RETRIES = 5;

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return typeof value === 'string' && (DELIVERY_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: DeliveryStatus, command: DeliveryCommandType): boolean {
  return ALLOWED_FROM[command].includes(from);
}

/** The event a command produces in a state, or an IllegalTransitionError. */
export function decideDelivery(command: DeliveryCommand, state: DeliveryState, maxRetries: number = DEFAULT_MAX_RETRIES): DeliveryStatusEvent {
  if (!canTransition(state.status, command.type)) throw new IllegalTransitionError(state.status, command.type, 'not-allowed');
  switch (command.type) {
    case 'markDelivered':
      return { type: 'delivered', at: command.at };
    case 'markFailed':
      return { type: 'failed', at: command.at, error: command.error };
    case 'scheduleRetry':
      if (state.retryCount >= maxRetries) {
        throw new IllegalTransitionError(state.status, command.type, 'retry-limit-reached', `${state.retryCount} retries were scheduled already, the limit is ${maxRetries}`);
      }
      return { type: 'retryScheduled', at: command.at, retryAt: command.retryAt };
  }
}

export function evolveDelivery(state: DeliveryState, event: DeliveryStatusEvent): DeliveryState {
  switch (event.type) {
    case 'delivered':
      return { ...state, status: 'delivered', nextRetryAt: undefined, updatedAt: event.at };
    case 'failed':
      return { ...state, status: 'failed', lastError: event.error, nextRetryAt: undefined, updatedAt: event.at };
    case 'retryScheduled':
      return { ...state, status: 'retry_scheduled', retryCount: state.retryCount + 1, nextRetryAt: event.retryAt, updatedAt: event.at };
  }
}
