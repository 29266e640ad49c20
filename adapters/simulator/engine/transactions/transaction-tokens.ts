/**
 * ClientRequestToken idempotency of TransactWriteItems: for ten minutes (by the engine's clock)
 * a token remembers the request it came with and the response it got. The same token with the
 * same request succeeds again without writing; with another request it is an
 * IdempotentParameterMismatchException.
 */
import type { Clock } from '../../../../ports/clock.js';
import { SimulatorError } from '../../simulator-error.js';

const TOKEN_LIFETIME_MS = 10 * 60 * 1000;

interface Remembered {
  readonly fingerprint: string;
  readonly response: unknown;
  readonly expiresAt: number;
}

export const IDEMPOTENT_MISMATCH_MESSAGE = 'The request uses the same client token as a previous, but non-identical request.';

export class TransactionTokens {
  private readonly tokens = new Map<string, Remembered>();

  constructor(private readonly clock: Clock) {}

  /** The response remembered for this token and request, if any; throws if the token came with another request. */
  replay(token: string, fingerprint: string): unknown {
    const now = this.clock.now();
    this.forgetExpired(now);
    const remembered = this.tokens.get(token);
    if (remembered === undefined) return undefined;
    if (remembered.fingerprint !== fingerprint) throw new SimulatorError('IdempotentParameterMismatchException', IDEMPOTENT_MISMATCH_MESSAGE);
    return remembered.response;
  }

  remember(token: string, fingerprint: string, response: unknown): void {
    this.tokens.set(token, { fingerprint, response, expiresAt: this.clock.now() + TOKEN_LIFETIME_MS });
  }

  private forgetExpired(now: number): void {
    for (const [token, remembered] of this.tokens) if (remembered.expiresAt <= now) this.tokens.delete(token);
  }
}
