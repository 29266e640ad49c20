/**
 * A local HTTP server that answers DynamoDB's JSON protocol the way a test scripts it, so that
 * requests go through the real AWS SDK (signing, serialisation, deserialisation, its exception
 * classes) without DynamoDB Local.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly target: string;
  readonly authorization: string;
  /** Every header as received, to let a test make the "service" quote them back. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type Answer =
  | { readonly status: number; readonly json: unknown }
  | { readonly status: number; readonly text: string }
  | 'reset'
  | 'hang';

export interface FakeEndpoint {
  readonly endpoint: string;
  readonly requests: readonly ReceivedRequest[];
  close(): Promise<void>;
}

export function dynamoDbError(name: string, message: string, extra: object = {}): Answer {
  return { status: 400, json: { __type: `com.amazonaws.dynamodb.v20120810#${name}`, message, ...extra } };
}

function reply(response: ServerResponse, request: IncomingMessage, answer: Answer): void {
  if (answer === 'hang') return;
  if (answer === 'reset') {
    request.socket.destroy();
    return;
  }
  if ('json' in answer) {
    response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(JSON.stringify(answer.json));
  } else {
    response.writeHead(answer.status, { 'content-type': 'text/html' });
    response.end(answer.text);
  }
}

export async function fakeDynamoDbEndpoint(answer: (request: ReceivedRequest) => Answer): Promise<FakeEndpoint> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received: ReceivedRequest = {
        target: String(request.headers['x-amz-target'] ?? ''),
        authorization: request.headers.authorization ?? '',
        headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : (value ?? '')])),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown,
      };
      requests.push(received);
      reply(response, request, answer(received));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}
