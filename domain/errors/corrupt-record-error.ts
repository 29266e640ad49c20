import { hasBrand } from './has-brand.js';

const BRAND = Symbol.for('dynamo-hexagon.CorruptRecordError');

/**
 * A stored item that does not have the shape this library writes (written by something else, or
 * edited by hand). Reported rather than passed on half-typed.
 */
export class CorruptRecordError extends Error {
  readonly [BRAND] = true;
  readonly attribute: string;

  constructor(what: string, attribute: string, problem: string) {
    super(`stored ${what} has an invalid ${attribute}: ${problem}`);
    this.name = 'CorruptRecordError';
    this.attribute = attribute;
  }

  static is(value: unknown): value is CorruptRecordError {
    return hasBrand(value, BRAND);
  }
}
