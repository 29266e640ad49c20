import { hasBrand } from './has-brand.js';

const BRAND = Symbol.for('dynamo-hexagon.RecordTooLargeError');

export type SizeLimitKind = 'item' | 'transaction';

/**
 * A record that DynamoDB would reject for its size, found before any request is sent. The size is
 * computed conservatively (never below DynamoDB's own figure), so a record near the limit may be
 * refused here although DynamoDB would just accept it.
 */
export class RecordTooLargeError extends Error {
  readonly [BRAND] = true;
  readonly limitKind: SizeLimitKind;
  readonly size: number;
  readonly limit: number;

  constructor(limitKind: SizeLimitKind, size: number, limit: number, what: string) {
    super(`${what} would take ${size} bytes, over DynamoDB's limit of ${limit} bytes per ${limitKind}`);
    this.name = 'RecordTooLargeError';
    this.limitKind = limitKind;
    this.size = size;
    this.limit = limit;
  }

  static is(value: unknown): value is RecordTooLargeError {
    return hasBrand(value, BRAND);
  }
}
