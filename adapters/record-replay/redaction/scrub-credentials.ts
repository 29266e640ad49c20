/**
 * A last line of defence for error messages on their way into a cassette: whatever looks like
 * an AWS access key id, a SigV4 credential scope or signature, or a session token is replaced.
 * A wrapper over a port never holds credentials, but a message from a service or an adapter
 * might quote one.
 */
const PATTERNS: readonly RegExp[] = [
  /\b(?:AKIA|ASIA|AIDA|AROA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
  /(Credential=)[^,\s]+/g,
  /(Signature=)[0-9a-fA-F]+/g,
  /(X-Amz-Security-Token[=:]\s*)[^\s&,]+/gi,
  /(X-Amz-Credential[=:]\s*)[^\s&,]+/gi,
];

export function scrubCredentials(text: string): string {
  let scrubbed = text;
  for (const pattern of PATTERNS) scrubbed = scrubbed.replace(pattern, (match, prefix: unknown) => (typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}[redacted]` : '[redacted]'));
  return scrubbed;
}
