/**
 * The circuit breaker's state machine, apart from any port so that it can be reasoned about (and
 * tested) on its own:
 *
 *   closed    --failureThreshold consecutive failures-->  open
 *   open      --resetTimeoutMs passed, next call-------->  half-open
 *   half-open --successThreshold successful probes----->  closed
 *   half-open --one failed probe----------------------->  open (the timeout starts again)
 *
 * Every permit carries the generation it was given in; an outcome from an earlier generation
 * (a call that started before the circuit last changed) does not move the new state.
 */
import type { Clock } from '../../ports/clock.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { BreakerOptions, CircuitState } from './circuit-breaker-options.js';

export interface Permit {
  readonly generation: number;
  readonly probe: boolean;
}

export type Admission = { readonly admitted: true; readonly permit: Permit } | { readonly admitted: false; readonly state: CircuitState; readonly retryAt: number | undefined };

type Outcome = 'success' | 'failure' | 'ignored';

export class CircuitBreaker {
  readonly #options: BreakerOptions;
  readonly #clock: Clock;
  #state: CircuitState = 'closed';
  #generation = 0;
  #consecutiveFailures = 0;
  #probeSuccesses = 0;
  #probesInFlight = 0;
  #openedAt = 0;

  constructor(options: BreakerOptions, clock: Clock) {
    this.#options = options;
    this.#clock = clock;
  }

  get state(): CircuitState {
    this.#halfOpenWhenDue();
    return this.#state;
  }

  admit(): Admission {
    this.#halfOpenWhenDue();
    if (this.#state === 'closed') return { admitted: true, permit: { generation: this.#generation, probe: false } };
    if (this.#state === 'half-open' && this.#probesInFlight < this.#options.halfOpenMaxConcurrent) {
      this.#probesInFlight += 1;
      return { admitted: true, permit: { generation: this.#generation, probe: true } };
    }
    const retryAt = this.#state === 'open' ? this.#openedAt + this.#options.resetTimeoutMs : undefined;
    return { admitted: false, state: this.#state, retryAt };
  }

  succeeded(permit: Permit): void {
    this.#settle(permit, 'success', undefined);
  }

  /**
   * A failure opens the circuit only when it says the service is unwell. Other DynamoDB errors
   * (a failed condition, a validation error) prove the service answered, so they count as
   * successes; anything that is not a DynamoDbError (or a refusal by another breaker) is ignored.
   */
  failed(permit: Permit, error: unknown): void {
    const outcome: Outcome = this.#options.countsAsFailure(error)
      ? 'failure'
      : DynamoDbError.is(error) && error.reason !== 'CircuitOpen'
        ? 'success'
        : 'ignored';
    this.#settle(permit, outcome, error);
  }

  #settle(permit: Permit, outcome: Outcome, error: unknown): void {
    if (permit.probe && permit.generation === this.#generation) this.#probesInFlight -= 1;
    if (permit.generation !== this.#generation || outcome === 'ignored') return;
    if (this.#state === 'closed') {
      this.#consecutiveFailures = outcome === 'failure' ? this.#consecutiveFailures + 1 : 0;
      if (this.#consecutiveFailures >= this.#options.failureThreshold) this.#open(error);
    } else if (this.#state === 'half-open') {
      if (outcome === 'failure') {
        this.#open(error);
      } else {
        this.#probeSuccesses += 1;
        if (this.#probeSuccesses >= this.#options.successThreshold) this.#moveTo('closed', undefined);
      }
    }
  }

  #halfOpenWhenDue(): void {
    if (this.#state === 'open' && this.#clock.now() - this.#openedAt >= this.#options.resetTimeoutMs) this.#moveTo('half-open', undefined);
  }

  #open(error: unknown): void {
    this.#openedAt = this.#clock.now();
    this.#moveTo('open', error);
  }

  #moveTo(state: CircuitState, error: unknown): void {
    const from = this.#state;
    this.#state = state;
    this.#generation += 1;
    this.#consecutiveFailures = 0;
    this.#probeSuccesses = 0;
    this.#probesInFlight = 0;
    try {
      this.#options.onStateChange?.({ from, to: state, at: this.#clock.now(), ...(error === undefined ? {} : { error }) });
    } catch {
      // Observing the breaker must never change what it does.
    }
  }
}
