import { hasBrand } from './has-brand.js';

const BRAND = Symbol.for('dynamo-hexagon.InvalidInputError');

/** Input that the library refuses before anything is written: says which field and why. */
export class InvalidInputError extends Error {
  readonly [BRAND] = true;
  /** The field at fault, as a path such as `eventData.items[3]` or `expectedVersion`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.name = 'InvalidInputError';
    this.field = field;
  }

  static is(value: unknown): value is InvalidInputError {
    return hasBrand(value, BRAND);
  }
}
