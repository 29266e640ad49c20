/**
 * The text of an HTTP request body in whatever form the AWS SDK hands it over: a string, bytes
 * (its JSON serialiser produces a Uint8Array subclass), an ArrayBuffer, or a stream.
 */
const decoder = new TextDecoder();

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function chunkBytes(chunk: unknown): Uint8Array {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError('unsupported request body chunk');
}

/** Synchronous for in-memory bodies (the SDK's case), a promise for streams. */
export function requestBodyText(body: unknown): string | Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (body instanceof ArrayBuffer) return decoder.decode(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (isAsyncIterable(body)) {
    return (async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body) chunks.push(chunkBytes(chunk));
      return Buffer.concat(chunks).toString('utf8');
    })();
  }
  throw new TypeError('unsupported request body: expected a string, bytes or a stream');
}
