/**
 * Credentials as the adapter keeps them: every part a SecretString, so that no error, log line,
 * `String()`, `JSON.stringify` or `util.inspect` of anything we own can show them. The plain
 * identity exists only for the moment the SDK asks for it.
 */
import { inspect } from 'node:util';
import type { ExpiringCredentials } from './aws-dynamo-db-options.js';
import { SecretString } from './secret-string.js';

/** What the SDK's signer asks for. */
export interface SdkIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

const DESCRIPTION = 'RedactedCredentials([redacted])';

export class RedactedCredentials {
  readonly #parts: readonly SecretString[];
  readonly #expiration: Date | undefined;

  constructor(credentials: ExpiringCredentials) {
    const parts = [new SecretString(credentials.accessKeyId), new SecretString(credentials.secretAccessKey)];
    if (credentials.sessionToken !== undefined) parts.push(new SecretString(credentials.sessionToken));
    this.#parts = parts;
    this.#expiration = credentials.expiration;
  }

  /** A fresh plain identity for the SDK; never stored by us. */
  identity(): SdkIdentity {
    const [accessKeyId, secretAccessKey, sessionToken] = this.#parts.map((part) => part.reveal());
    return {
      accessKeyId: accessKeyId ?? '',
      secretAccessKey: secretAccessKey ?? '',
      ...(sessionToken === undefined ? {} : { sessionToken }),
      ...(this.#expiration === undefined ? {} : { expiration: this.#expiration }),
    };
  }

  /** `text` with every part of these credentials replaced by `[redacted]`. */
  scrub(text: string): string {
    return this.#parts.reduce((scrubbed, part) => part.scrub(scrubbed), text);
  }

  toString(): string {
    return DESCRIPTION;
  }

  toJSON(): string {
    return DESCRIPTION;
  }

  [inspect.custom](): string {
    return DESCRIPTION;
  }
}
