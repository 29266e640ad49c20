/**
 * Recognises failures of the connection itself (no HTTP answer at all), which say nothing about
 * the request and may well succeed when tried again.
 */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
]);

const TIMEOUT_CODES: ReadonlySet<string> = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** `Timeout`, `Network`, or undefined for anything that is not a connection failure. */
export function networkFailureOf(error: unknown): 'Timeout' | 'Network' | undefined {
  const code = field(error, 'code');
  if (typeof code === 'string') {
    if (TIMEOUT_CODES.has(code)) return 'Timeout';
    // The SDK names a reset socket ("socket hang up") TimeoutError too; the code is more precise.
    if (NETWORK_CODES.has(code)) return 'Network';
  }
  return field(error, 'name') === 'TimeoutError' ? 'Timeout' : undefined;
}
