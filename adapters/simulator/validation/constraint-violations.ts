/**
 * Collects the request-shape violations of one request the way DynamoDB reports them: every
 * member is checked against its modelled constraints (not null, length, pattern, enum, range),
 * the failures are listed in the order they were found, and the request fails with one
 * ValidationException `N validation error(s) detected: ...; ...`.
 *
 * DynamoDB stops looking after ten failures, so the message never lists (or counts) more.
 */
import { SimulatorError } from '../simulator-error.js';
import { renderConstraintValue } from './render-constraint-value.js';

const MOST_REPORTED = 10;

/** Length as Java measures it: UTF-16 units for strings, elements for lists, entries for maps. */
function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value instanceof Uint8Array) return value.length;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  return undefined;
}

const anchoredPatterns = new Map<string, RegExp>();

function anchored(pattern: string): RegExp {
  let regex = anchoredPatterns.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    anchoredPatterns.set(pattern, regex);
  }
  return regex;
}

export class ConstraintViolations {
  readonly #messages: string[] = [];

  /** How many violations were recorded (at most ten). */
  get count(): number {
    return this.#messages.length;
  }

  get full(): boolean {
    return this.#messages.length >= MOST_REPORTED;
  }

  /**
   * Records one failed constraint. `constraint` is the text after `Member must ...`'s subject,
   * for example `Member must not be null`. `rendered` replaces the default rendering of the value
   * for the few shapes whose Java rendering the default cannot produce.
   */
  add(path: string, value: unknown, constraint: string, rendered?: string): void {
    if (this.full) return;
    const shown = value === null || value === undefined ? 'null' : `'${rendered ?? renderConstraintValue(value)}'`;
    this.#messages.push(`Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }

  /** Returns whether the value is present; records `Member must not be null` if not. */
  notNull(path: string, value: unknown): boolean {
    if (value !== null && value !== undefined) return true;
    this.add(path, value, 'Member must not be null');
    return false;
  }

  /** Strings, lists and maps: at least `min` characters, elements or entries. */
  minLength(path: string, value: unknown, min: number, rendered?: string): boolean {
    const length = lengthOf(value);
    if (length === undefined || length >= min) return true;
    this.add(path, value, `Member must have length greater than or equal to ${min}`, rendered);
    return false;
  }

  maxLength(path: string, value: unknown, max: number, rendered?: string): boolean {
    const length = lengthOf(value);
    if (length === undefined || length <= max) return true;
    this.add(path, value, `Member must have length less than or equal to ${max}`, rendered);
    return false;
  }

  /** Every value of a map within `bounds`; one violation on the map, in DynamoDB's words, if any is not. */
  mapValueLength(path: string, map: object, bounds: { readonly min: number; readonly max: number }, rendered?: string): boolean {
    for (const entry of Object.values(map)) {
      const length = lengthOf(entry);
      if (length !== undefined && (length < bounds.min || length > bounds.max)) {
        this.add(path, map, `Map value must satisfy constraint: [Member must have length less than or equal to ${bounds.max}, Member must have length greater than or equal to ${bounds.min}]`, rendered);
        return false;
      }
    }
    return true;
  }

  /** `pattern` is DynamoDB's own pattern text (it appears in the message); the whole value must match. */
  pattern(path: string, value: unknown, pattern: string): boolean {
    if (typeof value !== 'string' || anchored(pattern).test(value)) return true;
    this.add(path, value, `Member must satisfy regular expression pattern: ${pattern}`);
    return false;
  }

  /** `allowed` in DynamoDB's order (it appears in the message). */
  oneOf(path: string, value: unknown, allowed: readonly string[]): boolean {
    if (typeof value !== 'string' || allowed.includes(value)) return true;
    this.add(path, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
    return false;
  }

  min(path: string, value: unknown, min: number): boolean {
    if (typeof value !== 'number' || value >= min) return true;
    this.add(path, value, `Member must have value greater than or equal to ${min}`);
    return false;
  }

  max(path: string, value: unknown, max: number): boolean {
    if (typeof value !== 'number' || value <= max) return true;
    this.add(path, value, `Member must have value less than or equal to ${max}`);
    return false;
  }

  /** The message DynamoDB would send, or undefined when nothing failed. */
  message(): string | undefined {
    const count = this.#messages.length;
    if (count === 0) return undefined;
    return `${count} validation error${count === 1 ? '' : 's'} detected: ${this.#messages.join('; ')}`;
  }

  /** Throws the collected violations as one ValidationException; does nothing if there are none. */
  throwIfAny(): void {
    const message = this.message();
    if (message !== undefined) throw SimulatorError.validation(message);
  }
}
