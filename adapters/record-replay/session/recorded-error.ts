/**
 * A DynamoDbError in a cassette and back: kind, reason, DynamoDB's error name, message,
 * retryable, the operation, the returned item and the cancellation reasons, so that replay
 * throws the same typed error. The cause is never written: it may hold foreign objects.
 * Messages are scrubbed of redacted values and of anything shaped like a credential.
 */
import { DynamoDbError, type DynamoDbErrorDetails, type DynamoDbErrorKind, type DynamoDbErrorReason } from '../../../ports/dynamo-db-error.js';
import type { CancellationReason } from '../../../ports/dynamo-db-transaction-types.js';
import type { Item } from '../../../ports/document-value.js';
import type { DecodeOptions } from '../codec/attribute-value-codec.js';
import { decodeMessage, encodeMessage } from '../codec/message-codec.js';
import { ERROR_SHAPE } from '../codec/message-shapes.js';
import type { JsonObject } from '../json-value.js';
import type { Redactor } from '../redaction/redactor.js';
import { scrubCredentials } from '../redaction/scrub-credentials.js';

export function encodeRecordedError(error: DynamoDbError, redactor: Redactor): JsonObject {
  const scrub = (text: string): string => scrubCredentials(redactor.scrub(text));
  const data: Record<string, unknown> = {
    kind: error.kind,
    reason: error.reason,
    errorName: error.errorName,
    message: scrub(error.message),
    retryable: error.retryable,
    operation: error.operation,
    item: error.item,
    cancellationReasons: error.cancellationReasons?.map((reason) => ({ ...reason, ...(reason.Message === undefined ? {} : { Message: scrub(reason.Message) }) })),
  };
  return encodeMessage(ERROR_SHAPE, data, { canonical: false, redactor });
}

export function decodeRecordedError(recorded: JsonObject, options: DecodeOptions): DynamoDbError {
  const data = decodeMessage(ERROR_SHAPE, recorded, options);
  const details: DynamoDbErrorDetails = {
    kind: data['kind'] as DynamoDbErrorKind,
    reason: data['reason'] as DynamoDbErrorReason,
    errorName: String(data['errorName']),
    message: String(data['message']),
    retryable: data['retryable'] === true,
    operation: typeof data['operation'] === 'string' ? data['operation'] : undefined,
    item: data['item'] as Item | undefined,
    cancellationReasons: data['cancellationReasons'] as readonly CancellationReason[] | undefined,
  };
  return new DynamoDbError(details);
}
