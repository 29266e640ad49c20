/**
 * The simulator as an HTTP endpoint on 127.0.0.1 that any DynamoDB client (any SDK, the AWS CLI,
 * NoSQL Workbench) can use in place of DynamoDB Local. Credentials and signatures are accepted as
 * they come. Responses carry DynamoDB's headers, the x-amz-crc32 checksum that some SDKs verify
 * included.
 *
 * An injected timeout after commit drops the connection once the operation is applied: the
 * client sees a reset socket and cannot tell whether its write landed, as with a real network
 * failure.
 *
 * Beyond the JSON protocol it answers as DynamoDB's endpoint does: a health line for GET, 404 for
 * other methods and for bodies that are not JSON, 413 for bodies over 16 MiB, CORS for browsers,
 * and DynamoDB's refusals of unsigned or half-signed requests (http-request-gate.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import type { WireAnswer, WireProtocol } from './wire-protocol.js';
import { answerContentType, isJsonMediaType, mediaTypeOf, MOST_REQUEST_BYTES, NOT_FOUND_BODY, signatureRefusal } from './http-request-gate.js';
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
  const health = `healthy: dynamodb.${options.region}.amazonaws.com `;
  const write = (request: IncomingMessage, response: ServerResponse, statusCode: number, text: string, contentType?: string): void => {
    const body = Buffer.from(text, 'utf8');
    const headers: Record<string, string | number> = {
      'Content-Length': body.byteLength,
      'x-amzn-RequestId': nextRequestId(),
      'x-amz-crc32': String(crc32(body)),
    };
    if (contentType !== undefined) headers['Content-Type'] = contentType;
    if (request.headers.origin !== undefined) headers['Access-Control-Allow-Origin'] = '*';
    response.writeHead(statusCode, headers);
    response.end(body);
  };
  const send = (request: IncomingMessage, response: ServerResponse, answer: WireAnswer, contentType: string): void => {
    if (answer.kind === 'timeout') {
      request.socket.destroy();
      return;
    }
    write(request, response, answer.statusCode, answer.body, contentType);
  };
  /** A browser's CORS preflight: DynamoDB allows any origin, and echoes what was asked for. */
  const preflight = (request: IncomingMessage, response: ServerResponse): void => {
    const headers: Record<string, string | number> = {
      'x-amzn-RequestId': nextRequestId(),
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Max-Age': '172800',
      'Content-Length': 0,
    };
    const askedHeaders = headerValue(request.headers['access-control-request-headers']);
    const askedMethod = headerValue(request.headers['access-control-request-method']);
    if (askedHeaders !== undefined) headers['Access-Control-Allow-Headers'] = askedHeaders;
    if (askedMethod !== undefined) headers['Access-Control-Allow-Methods'] = askedMethod;
    response.writeHead(200, headers);
    response.end();
  };
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method === 'GET') {
      // DynamoDB's health check answer, which some tools probe before they start.
      write(request, response, 200, health, 'text/plain');
      return;
    }
    if (request.method === 'OPTIONS' && request.headers.origin !== undefined) {
      preflight(request, response);
      return;
    }
    if (request.method !== 'POST') {
      write(request, response, 404, NOT_FOUND_BODY);
      return;
    }
    if (Number(request.headers['content-length'] ?? 0) > MOST_REQUEST_BYTES) {
      // Refused unread, as DynamoDB does; the connection cannot be reused.
      response.writeHead(413, { Connection: 'close' });
      response.end();
      request.resume();
      return;
    }
    const body = await readBody(request);
    const mediaType = mediaTypeOf(request.headers['content-type']);
    if (body.length > 0 && !isJsonMediaType(mediaType)) {
      write(request, response, 404, NOT_FOUND_BODY);
      return;
    }
    const query = request.url === undefined ? -1 : request.url.indexOf('?');
    const refusal = signatureRefusal({
      authorization: request.headers.authorization,
      hasDate: request.headers['x-amz-date'] !== undefined || request.headers.date !== undefined,
      query: query === -1 || request.url === undefined ? '' : request.url.slice(query + 1),
    });
    const answer = protocol.handle(headerValue(request.headers['x-amz-target']), body, refusal);
    send(request, response, answer instanceof Promise ? await answer : answer, answerContentType(mediaType));
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
