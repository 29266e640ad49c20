/**
 * The simulator as an HTTP endpoint on 127.0.0.1 that any DynamoDB client (any SDK, the AWS CLI,
 * NoSQL Workbench) can use in place of DynamoDB Local. Credentials and signatures are accepted as
 * they come. Responses carry DynamoDB's headers, the x-amz-crc32 checksum that some SDKs verify
 * included.
 *
 * An injected timeout after commit drops the connection once the operation is applied: the
 * client sees a reset socket and cannot tell whether its write landed, as with a real network
 * failure.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import type { WireAnswer, WireProtocol } from './wire-protocol.js';
import { createRequestIds } from './request-ids.js';

export interface SimulatorHttpServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

export interface HttpServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number | undefined;
  readonly host?: string | undefined;
  readonly region: string;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => { resolve(Buffer.concat(chunks).toString('utf8')); });
    request.on('error', reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function listenSimulatorHttp(protocol: WireProtocol, options: HttpServerOptions): Promise<SimulatorHttpServer> {
  const nextRequestId = createRequestIds();
  const send = (request: IncomingMessage, response: ServerResponse, answer: WireAnswer): void => {
    if (answer.kind === 'timeout') {
      request.socket.destroy();
      return;
    }
    const body = Buffer.from(answer.body, 'utf8');
    response.writeHead(answer.statusCode, {
      'Content-Type': 'application/x-amz-json-1.0',
      'Content-Length': body.byteLength,
      'x-amzn-RequestId': nextRequestId(),
      'x-amz-crc32': String(crc32(body)),
    });
    response.end(body);
  };
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method === 'GET') {
      // DynamoDB's health check answer, which some tools probe before they start.
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end(`healthy: dynamodb.${options.region}.amazonaws.com `);
      return;
    }
    const body = await readBody(request);
    const answer = protocol.handle(headerValue(request.headers['x-amz-target']), body);
    send(request, response, answer instanceof Promise ? await answer : answer);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => { if (error === undefined) done(); else fail(error); });
            server.closeAllConnections();
          }),
      });
    });
  });
}
