/**
 * The HTTP server answers what DynamoDB's endpoint answers before any operation runs: the health
 * line, 404 for methods and content types it does not serve, 413 for oversized bodies, CORS, the
 * JSON flavour of the answer, and the refusals of unsigned or half-signed requests. The expected
 * bodies' CRC32 values are DynamoDB's own, so a byte of difference fails.
 */
import { expect } from 'chai';
import { request } from 'node:http';
import { crc32 } from 'node:zlib';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { testSimulator } from './support/test-simulator.js';

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

const SIGNED = { authorization: 'AWS4-HMAC-SHA256 Credential=key/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0', 'x-amz-date': '20260101T000000Z' };
const LIST_TABLES = { 'x-amz-target': 'DynamoDB_20120810.ListTables' };

function send(url: string, options: { readonly method?: string; readonly path?: string; readonly headers?: Record<string, string>; readonly body?: string }): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, method: options.method ?? 'POST', path: options.path ?? '/', headers: options.headers ?? {} }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => { resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') }); });
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function expectDynamoDbHeaders(response: RawResponse): void {
  expect(response.headers['x-amzn-requestid']).to.match(/^[0-9A-Z]{52}$/);
  expect(response.headers['x-amz-crc32']).to.equal(String(crc32(Buffer.from(response.body, 'utf8'))));
  expect(response.headers['content-length']).to.equal(String(Buffer.byteLength(response.body, 'utf8')));
}

describe('simulator wire front: what the HTTP endpoint decides before an operation runs', () => {
  let simulator: Simulator;
  let url = '';

  beforeEach(async () => {
    simulator = testSimulator();
    url = (await simulator.listen(0)).url;
  });

  afterEach(async () => {
    await simulator.close();
  });

  it('answers a GET with the health line and DynamoDB\'s headers', async () => {
    const response = await send(url, { method: 'GET' });
    expect(response.status).to.equal(200);
    expect(response.body).to.equal('healthy: dynamodb.us-east-1.amazonaws.com ');
    expectDynamoDbHeaders(response);
  });

  it('answers 404 with <UnknownOperationException/> to other methods and to bodies that are not JSON', async () => {
    const refused = [
      { method: 'PUT' },
      { method: 'DELETE' },
      { method: 'OPTIONS' },
      { body: 'hi' },
      { body: 'hi', headers: { 'content-type': 'whatever' } },
      { body: '{}', headers: { 'content-type': 'application/x-amz-json-1.1', ...LIST_TABLES, ...SIGNED } },
      { body: 'hi', headers: { 'content-type': 'application/jsonasdf' } },
    ];
    for (const options of refused) {
      const response = await send(url, options);
      expect(response.status, JSON.stringify(options)).to.equal(404);
      expect(response.body).to.equal('<UnknownOperationException/>\n');
      expect(response.headers['x-amz-crc32']).to.equal('3552371480');
      expectDynamoDbHeaders(response);
    }
  });

  it('refuses a body over 16 MiB with 413 without reading it, and reads one of exactly 16 MiB', async () => {
    const limit = 16 * 1024 * 1024;
    expect((await send(url, { body: 'a'.repeat(limit + 1) })).status).to.equal(413);
    expect((await send(url, { body: 'a'.repeat(limit) })).status).to.equal(404);
  });

  it('reads JSON whatever the content type\'s parameters, and answers in the flavour asked for', async () => {
    const cases: readonly [string, string][] = [
      ['application/json', 'application/json'],
      ['application/json;', 'application/json'],
      ['  application/json  ;   asfd', 'application/json'],
      ['application/json;charset=asfdsaf', 'application/json'],
      ['application/x-amz-json-1.0', 'application/x-amz-json-1.0'],
      ['application/x-amz-json-1.0;blahblah', 'application/x-amz-json-1.0'],
    ];
    for (const [sent, answered] of cases) {
      const unreadable = await send(url, { body: 'hi', headers: { 'content-type': sent } });
      expect([unreadable.status, unreadable.body, unreadable.headers['content-type']], sent).to.deep.equal([400, '{"__type":"com.amazon.coral.service#SerializationException"}', answered]);
      const listed = await send(url, { body: '{}', headers: { 'content-type': sent, ...LIST_TABLES, ...SIGNED } });
      expect([listed.status, listed.body, listed.headers['content-type']], sent).to.deep.equal([200, '{"TableNames":[]}', answered]);
    }
    const bare = await send(url, {});
    expect([bare.status, bare.body, bare.headers['content-type']]).to.deep.equal([400, '{"__type":"com.amazon.coral.service#UnknownOperationException"}', 'application/json']);
    expect(bare.headers['x-amz-crc32']).to.equal('1368724161');
  });

  it('checks the target before the signature, and the signature before the request', async () => {
    for (const target of ['whatever', 'DynamoDB_20120810.ListTable']) {
      const response = await send(url, { headers: { 'x-amz-target': target } });
      expect([response.status, response.body], target).to.deep.equal([400, '{"__type":"com.amazon.coral.service#UnknownOperationException"}']);
    }
    const unsigned = await send(url, { headers: { 'x-amz-target': 'DynamoDB_20120810.DescribeTable', 'content-type': 'application/x-amz-json-1.0' }, body: '{}' });
    expect(JSON.parse(unsigned.body)).to.deep.equal({ __type: 'com.amazon.coral.service#MissingAuthenticationTokenException', message: 'Request is missing Authentication Token' });
  });

  it('refuses unsigned and half-signed requests with DynamoDB\'s errors and messages, and accepts any complete signature', async () => {
    const refusals: readonly [string, Record<string, string>, string, string][] = [
      ['/', {}, 'MissingAuthenticationTokenException', 'Request is missing Authentication Token'],
      ['/', { authorization: 'AWS4' }, 'MissingAuthenticationTokenException', 'Request is missing Authentication Token'],
      ['/?X-Amz-Algorith', { authorization: 'X' }, 'MissingAuthenticationTokenException', 'Request is missing Authentication Token'],
      ['/?X-Amz-Credential=a&X-Amz-Signature=b&X-Amz-SignedHeaders=c&X-Amz-Date=d', {}, 'MissingAuthenticationTokenException', 'Request is missing Authentication Token'],
      ['/?X-Amz-Algorithm', { authorization: 'X' }, 'InvalidSignatureException', "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header."],
      ['/', { authorization: 'AWS4-' }, 'IncompleteSignatureException', "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-"],
      ['/', { authorization: 'AWS4- Signature=b Credential=a', date: 'a' }, 'IncompleteSignatureException', "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4- Signature=b Credential=a"],
      ['/', { authorization: 'AWS4- Signature=b, Credential=a', date: 'a' }, 'IncompleteSignatureException', "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4- Signature=b, Credential=a"],
      ['/?X-Amz-Algorithm', {}, 'IncompleteSignatureException', "AWS query-string parameters must include 'X-Amz-Algorithm'. AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. AWS query-string parameters must include 'X-Amz-Date'. Re-examine the query-string parameters."],
      ['/?X-Amz-Algorithm=a&X-Amz-Credential=b&X-Amz-Signature=c&X-Amz-Date=d', {}, 'IncompleteSignatureException', "AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters."],
    ];
    for (const [path, headers, type, message] of refusals) {
      const response = await send(url, { path, headers: { ...LIST_TABLES, ...headers } });
      expect(response.status, `${path} ${JSON.stringify(headers)}`).to.equal(400);
      expect(JSON.parse(response.body), `${path} ${JSON.stringify(headers)}`).to.deep.equal({ __type: `com.amazon.coral.service#${type}`, message });
      expectDynamoDbHeaders(response);
    }
    const presigned = await send(url, { path: '/?X-Amz-Algorithm=a&X-Amz-Credential=b&X-Amz-Signature=c&X-Amz-SignedHeaders=host&X-Amz-Date=d', headers: { ...LIST_TABLES, 'content-type': 'application/x-amz-json-1.0' }, body: '{}' });
    expect([presigned.status, presigned.body]).to.deep.equal([200, '{"TableNames":[]}']);
    // Signed but without a body: only now does the missing request count.
    const bodiless = await send(url, { headers: { ...LIST_TABLES, ...SIGNED } });
    expect([bodiless.status, bodiless.body]).to.deep.equal([400, '{"__type":"com.amazon.coral.service#SerializationException"}']);
  });

  it('answers a CORS preflight and marks answers to browsers with Access-Control-Allow-Origin', async () => {
    const preflight = await send(url, { method: 'OPTIONS', headers: { origin: 'whatever', 'access-control-request-headers': 'a, b, c', 'access-control-request-method': 'd' } });
    expect(preflight.status).to.equal(200);
    expect(preflight.body).to.equal('');
    expect(preflight.headers['x-amzn-requestid']).to.match(/^[0-9A-Z]{52}$/);
    expect([preflight.headers['access-control-allow-origin'], preflight.headers['access-control-allow-headers'], preflight.headers['access-control-allow-methods'], preflight.headers['access-control-max-age'], preflight.headers['content-length']])
      .to.deep.equal(['*', 'a, b, c', 'd', '172800', '0']);
    const plain = await send(url, { method: 'OPTIONS', headers: { origin: 'whatever' } });
    expect([plain.headers['access-control-allow-headers'], plain.headers['access-control-allow-methods']]).to.deep.equal([undefined, undefined]);
    const answered = await send(url, { headers: { origin: 'whatever' } });
    expect([answered.status, answered.headers['access-control-allow-origin']]).to.deep.equal([400, '*']);
    expect((await send(url, { headers: { ...LIST_TABLES, ...SIGNED } })).headers['access-control-allow-origin']).to.equal(undefined);
  });
});
