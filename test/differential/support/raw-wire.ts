/**
 * Raw requests on DynamoDB's JSON protocol, sent with fetch exactly as written, and their answers
 * reduced to what the wire shows: status, headers that matter, the error's __type and message
 * and under which key the message came.
 */
import { crc32 } from 'node:zlib';

export interface RawRequest {
  readonly target?: string;
  readonly body: string;
  readonly contentType?: string;
}

export interface RawAnswer {
  readonly status: number;
  readonly contentType: string | null;
  /** 'valid' when x-amz-crc32 matches the body, 'absent' or 'invalid' otherwise. */
  readonly crc: 'valid' | 'absent' | 'invalid';
  readonly requestId: boolean;
  readonly body: unknown;
}

export async function sendRaw(endpoint: string, accessKeyId: string, request: RawRequest): Promise<RawAnswer> {
  const headers: Record<string, string> = {
    'Content-Type': request.contentType ?? 'application/x-amz-json-1.0',
    Authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0`,
    // A signature without a date is incomplete to DynamoDB.
    'X-Amz-Date': '20260101T000000Z',
  };
  if (request.target !== undefined) headers['X-Amz-Target'] = request.target;
  const response = await fetch(endpoint, { method: 'POST', headers, body: request.body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const header = response.headers.get('x-amz-crc32');
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    body = bytes.toString('utf8');
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    crc: header === null ? 'absent' : header === String(crc32(bytes)) ? 'valid' : 'invalid',
    requestId: response.headers.get('x-amzn-requestid') !== null,
    body,
  };
}

/** An error answer's parts, or undefined for a success. */
export function wireError(answer: RawAnswer): { readonly type: string; readonly messageKey?: string; readonly message?: string } | undefined {
  if (answer.status === 200 || typeof answer.body !== 'object' || answer.body === null) return undefined;
  const body = answer.body as Record<string, unknown>;
  const messageKey = 'message' in body ? 'message' : 'Message' in body ? 'Message' : undefined;
  const message = messageKey === undefined ? undefined : body[messageKey];
  return { type: String(body['__type']), ...(messageKey === undefined ? {} : { messageKey }), ...(typeof message === 'string' ? { message } : {}) };
}
