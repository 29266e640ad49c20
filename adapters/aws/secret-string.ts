/**
 * A secret that redacts itself wherever it could be printed: `String()`, template literals,
 * `JSON.stringify`, `util.inspect` and `console.log`. The value lives in a private field, which
 * none of those can see; only `reveal()` hands it out, at the one place that needs it.
 */
import { inspect } from 'node:util';

const REDACTED = '[redacted]';

export class SecretString {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself: call it only where the value is handed to the AWS SDK. */
  reveal(): string {
    return this.#value;
  }

  /** True when `text` contains the secret (used to scrub messages that came from outside). */
  occursIn(text: string): boolean {
    return this.#value.length > 0 && text.includes(this.#value);
  }

  /** `text` with every occurrence of the secret replaced. */
  scrub(text: string): string {
    return this.occursIn(text) ? text.split(this.#value).join(REDACTED) : text;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `SecretString(${REDACTED})`;
  }
}
