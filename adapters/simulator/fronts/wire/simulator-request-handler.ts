/**
 * An AWS SDK HTTP handler that answers from the simulator without a socket:
 * `new DynamoDBClient({ requestHandler })` (or a DynamoDB Streams client) then runs unmodified SDK
 * code, signing and serialisation included, against the simulator. Structurally the smithy
 * `HttpHandler` interface, declared here so that the adapter needs no SDK types.
 *
 * An injected timeout after commit rejects with a `TimeoutError`, as the SDK's own Node handler
 * does when a response never arrives; the SDK's retry strategy treats it as transient.
 */
import type { WireAnswer, WireProtocol } from './wire-protocol.js';
import { requestBodyText } from './request-body-text.js';
import { createRequestIds } from './request-ids.js';

export interface SimulatorHttpRequest {
  readonly method?: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
}

export interface SimulatorHttpResponse {
  readonly statusCode: number;
  readonly reason?: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

interface AbortSignalLike {
  readonly aborted: boolean;
}

export interface SimulatorHandlerOptions {
  readonly abortSignal?: AbortSignalLike | undefined;
  /** Milliseconds; a (fault-delayed) answer later than this rejects with a TimeoutError. */
  readonly requestTimeout?: number | undefined;
}

export interface SimulatorRequestHandler {
  readonly metadata: { readonly handlerProtocol: string };
  handle(request: SimulatorHttpRequest, options?: SimulatorHandlerOptions): Promise<{ response: SimulatorHttpResponse }>;
  updateHttpClientConfig(key: string, value: unknown): void;
  httpHandlerConfigs(): Record<string, unknown>;
  destroy(): void;
}

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function targetOf(headers: SimulatorHttpRequest['headers']): string | undefined {
  const direct = headers['x-amz-target'];
  if (direct !== undefined) return direct;
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'x-amz-target') return headers[name];
  return undefined;
}

function withTimeout(answer: Promise<WireAnswer>, requestTimeout: number | undefined): Promise<WireAnswer> {
  if (requestTimeout === undefined || requestTimeout <= 0) return answer;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { reject(namedError('TimeoutError', `Request did not complete within ${requestTimeout} ms`)); }, requestTimeout);
    answer.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(String(error))); },
    );
  });
}

export function createSimulatorRequestHandler(protocol: WireProtocol): SimulatorRequestHandler {
  const nextRequestId = createRequestIds();
  const respond = (answer: WireAnswer, options: SimulatorHandlerOptions | undefined): { response: SimulatorHttpResponse } => {
    if (options?.abortSignal?.aborted === true) throw namedError('AbortError', 'Request aborted');
    if (answer.kind === 'timeout') throw namedError('TimeoutError', `${answer.operation} was applied, but the response timed out (injected fault)`);
    const body = Buffer.from(answer.body, 'utf8');
    return {
      response: {
        statusCode: answer.statusCode,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': String(body.byteLength),
          'x-amzn-requestid': nextRequestId(),
        },
        body,
      },
    };
  };
  return {
    metadata: { handlerProtocol: 'http/1.1' },
    async handle(request, options) {
      if (options?.abortSignal?.aborted === true) throw namedError('AbortError', 'Request aborted');
      const text = requestBodyText(request.body);
      const answer = protocol.handle(targetOf(request.headers), typeof text === 'string' ? text : await text);
      return respond(answer instanceof Promise ? await withTimeout(answer, options?.requestTimeout) : answer, options);
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}
