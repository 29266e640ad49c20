/**
 * A secret that redacts itself wherever it could be printed: `String()`, template literals,
 * `JSON.stringify`, `util.inspect` and `console.log`. The value lives in a private field, which
 * none of those can see; only `reveal()` hands it out, at the one place that needs it.
 */
import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * Shorter values are scrubbed from no text: they cannot be told from ordinary words (DynamoDB
 * Local's customary credentials are `x` and `y`, or a word like `contract`, and scrubbing them
 * from DynamoDB's messages would garble the messages and table names there), and no real AWS
 * credential is that short (key ids have 20 characters, secret keys 40, session tokens hundreds).
 */
export const MIN_SCRUBBED_LENGTH = 16;

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
    return this.#value.length >= MIN_SCRUBBED_LENGTH && text.includes(this.#value);
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
