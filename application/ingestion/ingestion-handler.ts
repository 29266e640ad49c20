/**
 * The ingestion use case as an AWS Lambda handler for an API Gateway HTTP API (payload 2.0):
 *
 *     POST  (any path)    body {"eventId", "eventType", "payload"}   201 accepted, 200 duplicate,
 *                                                                    409 conflict, 400 invalid
 *     GET   .../{eventId} (path parameter `eventId` or `id`)         200 with the message, 404
 *
 * plus 429 when throttled and 503 when the storage is unavailable (see error-to-response.ts).
 * Unexpected errors are logged (without payloads) and answered with a bare 500.
 */
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import { createMessage } from '../../domain/messages/message.js';
import type { MessageStore } from '../../ports/message-store.js';
import { noopTelemetry, type Logger } from '../../ports/telemetry.js';
import { errorResponse, errorToResponse, INTERNAL_ERROR, jsonResponse } from './error-to-response.js';
import type { HttpApiEvent, HttpApiResult } from './http-api-types.js';

export interface IngestionHandlerOptions {
  readonly messageStore: MessageStore;
  readonly logger?: Logger | undefined;
}

export type IngestionHandler = (event: HttpApiEvent) => Promise<HttpApiResult>;

function bodyText(event: HttpApiEvent): string {
  if (event.body === undefined || event.body === null || event.body === '') throw new InvalidInputError('body', 'is missing: send a JSON object with eventId, eventType and payload');
  if (event.isBase64Encoded !== true) return event.body;
  const bytes = Uint8Array.from(atob(event.body), (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function parseBody(event: HttpApiEvent): unknown {
  let text: string;
  try {
    text = bodyText(event);
  } catch (error) {
    if (InvalidInputError.is(error)) throw error;
    throw new InvalidInputError('body', 'is not valid base64-encoded UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidInputError('body', 'is not valid JSON');
  }
}

function methodOf(event: HttpApiEvent): string {
  return (event.requestContext?.http?.method ?? event.routeKey?.split(' ')[0] ?? 'POST').toUpperCase();
}

export function createIngestionHandler(options: IngestionHandlerOptions): IngestionHandler {
  const { messageStore } = options;
  const logger = options.logger ?? noopTelemetry.logger;

  async function route(event: HttpApiEvent): Promise<HttpApiResult> {
    const method = methodOf(event);
    if (method === 'POST') {
      // Checked here too, so that a bad body is answered before the store is involved.
      const result = await messageStore.put(createMessage(parseBody(event)));
      return jsonResponse(result.outcome === 'accepted' ? 201 : 200, { outcome: result.outcome, message: result.stored });
    }
    if (method === 'GET') {
      const id = event.pathParameters?.['eventId'] ?? event.pathParameters?.['id'];
      if (id === undefined) throw new InvalidInputError('eventId', 'is missing from the path');
      const stored = await messageStore.get(id);
      return stored === null ? errorResponse(404, 'not-found', `no message with event id ${JSON.stringify(id)}`) : jsonResponse(200, { message: stored });
    }
    return errorResponse(405, 'method-not-allowed', `${method} is not supported; use POST or GET`, { allow: 'GET, POST' });
  }

  return async (event) => {
    try {
      return await route(event);
    } catch (error) {
      const response = errorToResponse(error);
      if (response !== undefined) return response;
      logger.log('error', 'ingestion failed unexpectedly', {
        requestId: event.requestContext?.requestId,
        errorName: error instanceof Error ? error.name : typeof error,
        message: error instanceof Error ? error.message : undefined,
      });
      return INTERNAL_ERROR;
    }
  };
}
