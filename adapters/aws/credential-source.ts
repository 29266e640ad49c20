/**
 * Where the adapter's credentials come from, and how any text that leaves the adapter is scrubbed
 * of them. Given credentials (static, or a provider of them) are kept only as RedactedCredentials;
 * without them the SDK's default chain resolves and caches credentials inside the SDK, where
 * nothing we own can print them.
 */
import type { CredentialsProvider, StaticCredentials } from './aws-dynamo-db-options.js';
import { RedactedCredentials, type SdkIdentity } from './redacted-credentials.js';

// Access key ids have a recognisable shape; scrub them even when we never saw the credentials
// (the default chain), in case a message from a service or provider quotes one.
const ACCESS_KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|ABIA|ACCA)[A-Z0-9]{16}\b/g;

export interface CredentialSource {
  /** The provider to hand to the SDK, or undefined for the SDK's default chain. */
  readonly provider: (() => Promise<SdkIdentity>) | undefined;
  /** `text` without any credential this source has seen, nor anything shaped like an access key id. */
  readonly scrub: (text: string) => string;
}

export function createCredentialSource(credentials: StaticCredentials | CredentialsProvider | undefined): CredentialSource {
  let known: readonly RedactedCredentials[] = [];
  const scrub = (text: string): string => known.reduce((scrubbed, secret) => secret.scrub(scrubbed), text).replace(ACCESS_KEY_ID, '[redacted]');
  if (credentials === undefined) return { provider: undefined, scrub };
  if (typeof credentials === 'function') {
    const provider = async (): Promise<SdkIdentity> => {
      const redacted = new RedactedCredentials(await credentials());
      // The newest credentials and the ones before them: a request signed with the previous
      // ones may still fail after a rotation.
      known = [redacted, ...known.slice(0, 1)];
      return redacted.identity();
    };
    return { provider, scrub };
  }
  const redacted = new RedactedCredentials(credentials);
  known = [redacted];
  return { provider: () => Promise.resolve(redacted.identity()), scrub };
}
