import { expect } from 'chai';
import fc from 'fast-check';
import {
  ALLOWED_FROM,
  canTransition,
  decideDelivery,
  DELIVERY_STATUSES,
  evolveDelivery,
  initialDeliveryState,
  TARGET_STATUS,
  type DeliveryCommand,
  type DeliveryState,
  type DeliveryStatus,
} from '../../../../domain/delivery/delivery-status.js';
import { IllegalTransitionError } from '../../../../domain/delivery/illegal-transition-error.js';

const commands: fc.Arbitrary<DeliveryCommand> = fc.oneof(
  fc.constant<DeliveryCommand>({ type: 'markDelivered', at: 't' }),
  fc.constant<DeliveryCommand>({ type: 'markFailed', at: 't', error: 'e' }),
  fc.constant<DeliveryCommand>({ type: 'scheduleRetry', at: 't', retryAt: 'r' }),
);

/** The transition table of the design, written out independently of the implementation. */
const EXPECTED: Readonly<Record<DeliveryStatus, Readonly<Record<DeliveryCommand['type'], DeliveryStatus | null>>>> = {
  pending: { markDelivered: 'delivered', markFailed: 'failed', scheduleRetry: 'retry_scheduled' },
  retry_scheduled: { markDelivered: 'delivered', markFailed: 'failed', scheduleRetry: null },
  failed: { markDelivered: null, markFailed: null, scheduleRetry: 'retry_scheduled' },
  delivered: { markDelivered: null, markFailed: null, scheduleRetry: null },
};

describe('delivery status state machine', () => {
  it('has exactly the transitions of the table', () => {
    for (const status of DELIVERY_STATUSES) {
      for (const type of ['markDelivered', 'markFailed', 'scheduleRetry'] as const) {
        const target = EXPECTED[status][type];
        expect(canTransition(status, type), `${status} ${type}`).to.equal(target !== null);
        if (target !== null) expect(TARGET_STATUS[type]).to.equal(target);
      }
    }
    expect(ALLOWED_FROM.scheduleRetry).to.deep.equal(['pending', 'failed']);
  });

  it('never reaches an illegal state, whatever the commands; refused commands change nothing', () => {
    fc.assert(
      fc.property(fc.array(commands, { maxLength: 30 }), fc.integer({ min: 0, max: 6 }), (sequence, maxRetries) => {
        let state: DeliveryState = initialDeliveryState;
        let delivered = false;
        for (const command of sequence) {
          const before = state;
          const expectedTarget = EXPECTED[state.status][command.type];
          try {
            state = evolveDelivery(state, decideDelivery(command, state, maxRetries));
            expect(expectedTarget).to.equal(state.status);
          } catch (error) {
            expect(IllegalTransitionError.is(error)).to.equal(true);
            const refusal = error as IllegalTransitionError;
            expect(refusal.from).to.equal(before.status);
            expect(refusal.reason).to.equal(expectedTarget === null ? 'not-allowed' : 'retry-limit-reached');
            expect(state).to.equal(before);
          }
          expect(DELIVERY_STATUSES).to.include(state.status);
          expect(state.retryCount).to.be.within(0, maxRetries);
          if (delivered) expect(state.status).to.equal('delivered');
          delivered = state.status === 'delivered';
          if (state.status === 'retry_scheduled') expect(state.nextRetryAt).to.equal('r');
          else expect(state.nextRetryAt).to.equal(undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts each scheduled retry once and records the last error', () => {
    let state = initialDeliveryState;
    state = evolveDelivery(state, decideDelivery({ type: 'scheduleRetry', at: '1', retryAt: 'r1' }, state));
    state = evolveDelivery(state, decideDelivery({ type: 'markFailed', at: '2', error: 'boom' }, state));
    state = evolveDelivery(state, decideDelivery({ type: 'scheduleRetry', at: '3', retryAt: 'r2' }, state));
    expect(state).to.deep.equal({ status: 'retry_scheduled', retryCount: 2, lastError: 'boom', nextRetryAt: 'r2', updatedAt: '3' });
  });
});
