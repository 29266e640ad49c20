import { hasBrand } from './has-brand.js';

const BRAND = Symbol.for('dynamo-hexagon.IdempotencyConflictError');

/**
 * The same identifier was written before with other content. Nothing was changed: the stored
 * original is kept, and carried here so that the caller can show the difference.
 */
export class IdempotencyConflictError extends Error {
  readonly [BRAND] = true;
  readonly id: string;
  readonly stored: unknown;

  constructor(id: string, stored: unknown, what = 'a record') {
    super(`${what} with id ${JSON.stringify(id)} was already stored with other content`);
    this.name = 'IdempotencyConflictError';
    this.id = id;
    this.stored = stored;
  }

  static is(value: unknown): value is IdempotencyConflictError {
    return hasBrand(value, BRAND);
  }
}
