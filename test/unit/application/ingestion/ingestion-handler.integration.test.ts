import { expect } from 'chai';
import { createIngestionHandler, type IngestionHandler } from '../../../../application/ingestion/ingestion-handler.js';
import type { HttpApiEvent, HttpApiResult } from '../../../../application/ingestion/http-api-types.js';
import { createMessageStore } from '../../../../application/message-store/create-message-store.js';
import { MESSAGE_STORE_TABLE } from '../../../../domain/tables/table-specs.js';
import { DynamoDbError, type DynamoDbErrorKind, type DynamoDbErrorReason } from '../../../../ports/dynamo-db-error.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { LogLevel } from '../../../../ports/telemetry.js';
import { createTableFromSpec } from '../event-store/support/create-table-from-spec.js';
import { manualClock, sequentialIds } from '../event-store/support/event-store-fixture.js';
import { portsUnderTest } from '../event-store/support/ports-under-test.js';

const post = (body: unknown, base64 = false): HttpApiEvent => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    version: '2.0',
    routeKey: 'POST /messages',
    rawPath: '/messages',
    body: base64 ? btoa(String.fromCharCode(...new TextEncoder().encode(text))) : text,
    isBase64Encoded: base64,
    requestContext: { requestId: 'req-1', http: { method: 'POST', path: '/messages' } },
  };
};
const get = (eventId: string): HttpApiEvent => ({ version: '2.0', routeKey: 'GET /messages/{eventId}', pathParameters: { eventId }, requestContext: { http: { method: 'GET' } } });

function parsed(result: HttpApiResult): Record<string, unknown> {
  expect(result.headers['content-type']).to.equal('application/json');
  return JSON.parse(result.body) as Record<string, unknown>;
}

function failingPort(kind: DynamoDbErrorKind, reason: DynamoDbErrorReason, errorName: string): DynamoDbPort {
  const error = new DynamoDbError({ kind, reason, errorName, message: `${errorName} from table Secret-Table-Name`, retryable: false });
  return createDynamoDbPort(() => Promise.reject(error));
}

for (const target of portsUnderTest()) {
  describe(`ingestion handler on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tableName: string;
    let handler: IngestionHandler;
    const clock = manualClock('2025-07-01T00:00:00.000Z');
    let count = 0;
    const nextId = (): string => `ingest-${++count}`;

    before(async () => {
      ({ port, close } = await target.open());
      tableName = await createTableFromSpec(port, MESSAGE_STORE_TABLE, 'ingest');
      handler = createIngestionHandler({ messageStore: createMessageStore({ port, clock, ids: sequentialIds('w'), tableName }) });
    });
    after(() => { close(); });

    it('answers 201 for a new message, 200 for a duplicate and 409 for a conflict', async () => {
      const eventId = nextId();
      const message = { eventId, eventType: 'Signup', payload: { email: 'a@example.com' } };
      const created = await handler(post(message));
      expect(created.statusCode).to.equal(201);
      expect(parsed(created)).to.deep.equal({ outcome: 'accepted', message: { ...message, receivedAt: '2025-07-01T00:00:00.000Z' } });
      const duplicate = await handler(post(message));
      expect(duplicate.statusCode).to.equal(200);
      expect(parsed(duplicate)).to.deep.include({ outcome: 'duplicate' });
      const conflict = await handler(post({ ...message, payload: { email: 'b@example.com' } }));
      expect(conflict.statusCode).to.equal(409);
      expect(parsed(conflict)).to.deep.equal({ error: 'conflict', message: `event id "${eventId}" was already stored with other content` });
    });

    it('accepts a base64-encoded body and serves GET by event id', async () => {
      const eventId = nextId();
      expect((await handler(post({ eventId, eventType: 'Ünïcode', payload: { text: 'café ☕' } }, true))).statusCode).to.equal(201);
      const found = await handler(get(eventId));
      expect(found.statusCode).to.equal(200);
      expect(parsed(found)['message']).to.deep.include({ eventId, eventType: 'Ünïcode', payload: { text: 'café ☕' } });
      expect((await handler(get('missing'))).statusCode).to.equal(404);
    });

    it('answers 400 with a clear message for bad input', async () => {
      const cases: [HttpApiEvent, RegExp][] = [
        [{ ...post(''), body: undefined }, /body is missing/],
        [post('{not json'), /body is not valid JSON/],
        [post([1, 2]), /message must be an object/],
        [post({ eventId: nextId(), eventType: 'T' }), /payload must be a JSON object/],
        [post({ eventId: '', eventType: 'T', payload: {} }), /eventId must not be empty/],
        [post({ eventId: nextId(), eventType: 'T', payload: {}, extra: true }), /message.extra is not a field/],
        [{ ...post('x'), body: '%%%', isBase64Encoded: true }, /base64/],
        [post({ eventId: nextId(), eventType: 'T', payload: { text: 'x'.repeat(409_600) } }), /over DynamoDB's limit/],
      ];
      for (const [event, message] of cases) {
        const result = await handler(event);
        expect(result.statusCode, result.body).to.equal(400);
        expect(String(parsed(result)['message'])).to.match(message);
      }
    });

    it('answers 405 for other methods', async () => {
      const result = await handler({ requestContext: { http: { method: 'DELETE' } } });
      expect(result.statusCode).to.equal(405);
      expect(result.headers['allow']).to.equal('GET, POST');
    });
  });
}

describe('ingestion handler on storage errors', () => {
  const clock = manualClock();
  const cases: [DynamoDbErrorKind, DynamoDbErrorReason, string, number][] = [
    ['validation', 'InvalidParameter', 'ValidationException', 400],
    ['item', 'ItemTooLarge', 'ValidationException', 400],
    ['throughput', 'ProvisionedThroughputExceeded', 'ProvisionedThroughputExceededException', 429],
    ['throughput', 'Throttling', 'ThrottlingException', 429],
    ['service', 'ServiceUnavailable', 'ServiceUnavailable', 503],
    ['service', 'InternalServerError', 'InternalServerError', 503],
    ['service', 'CircuitOpen', 'CircuitOpen', 503],
    ['authentication', 'AccessDenied', 'AccessDeniedException', 500],
    ['configuration', 'InvalidCredentials', 'UnrecognizedClientException', 500],
  ];
  for (const [kind, reason, errorName, status] of cases) {
    it(`maps ${kind}/${reason} to ${status}, without internals in the body`, async () => {
      const logged: [LogLevel, string][] = [];
      const handler = createIngestionHandler({
        messageStore: createMessageStore({ port: failingPort(kind, reason, errorName), clock, ids: sequentialIds(), tableName: 'Messages', ambiguousRetries: 0 }),
        logger: { log: (level, message) => { logged.push([level, message]); } },
      });
      const result = await handler(post({ eventId: 'e', eventType: 'T', payload: {} }));
      expect(result.statusCode).to.equal(status);
      expect(result.body).not.to.match(/Secret-Table-Name|at .*\.ts|Exception/);
      if (status === 429 || status === 503) expect(result.headers['retry-after']).to.match(/^\d+$/);
      expect(logged.length).to.equal(status === 500 ? 1 : 0);
    });
  }

  it('maps an unexpected error to a bare 500', async () => {
    const handler = createIngestionHandler({
      messageStore: { put: () => Promise.reject(new Error('boom at /secret/path.ts:1')), get: () => Promise.resolve(null) },
    });
    const result = await handler(post({ eventId: 'e', eventType: 'T', payload: {} }));
    expect(result).to.deep.equal({ statusCode: 500, headers: { 'content-type': 'application/json' }, body: '{"error":"internal","message":"internal error"}' });
  });
});
