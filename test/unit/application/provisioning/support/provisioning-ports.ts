/**
 * Test support: ports around a real one (the simulator or the AWS adapter) that behave like an
 * endpoint lacking some operations, report tables as still being created, or record which IAM
 * actions the requests they pass on need.
 */
import type { DynamoDbError } from '../../../../../ports/dynamo-db-error.js';
import { dynamoDbErrorFrom } from '../../../../../ports/dynamo-db-error-classification.js';
import type { InputOf, OperationName, SendOperation } from '../../../../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';

type Intercept = (operation: OperationName, input: unknown, next: () => Promise<unknown>) => Promise<unknown>;

export function interceptPort(port: DynamoDbPort, intercept: Intercept): DynamoDbPort {
  const send = ((operation: OperationName, input: unknown) => intercept(operation, input, () => port.send(operation, input as never))) as SendOperation;
  return createDynamoDbPort(send);
}

/** What DynamoDB Local answers for an operation it does not have. */
export function unknownOperation(operation: string): DynamoDbError {
  return dynamoDbErrorFrom({ errorName: 'UnknownOperationException', message: 'An unknown operation was requested.', operation });
}

/** A port on which the listed operations do not exist, as on DynamoDB Local. */
export function withoutOperations(port: DynamoDbPort, missing: readonly OperationName[]): DynamoDbPort {
  return interceptPort(port, (operation, _input, next) => (missing.includes(operation) ? Promise.reject(unknownOperation(operation)) : next()));
}

/** An IAM action a request needs, on a table (and index, for index queries). */
export interface Access {
  readonly action: string;
  readonly tableName: string;
  readonly indexName?: string | undefined;
}

function accessesOf(operation: OperationName, input: unknown): Access[] {
  const request = input as { TableName?: string; IndexName?: string };
  switch (operation) {
    case 'TransactWriteItems':
      return (input as InputOf<'TransactWriteItems'>).TransactItems.map((item) => {
        if ('Put' in item) return { action: 'PutItem', tableName: item.Put.TableName };
        if ('Update' in item) return { action: 'UpdateItem', tableName: item.Update.TableName };
        if ('Delete' in item) return { action: 'DeleteItem', tableName: item.Delete.TableName };
        return { action: 'ConditionCheckItem', tableName: item.ConditionCheck.TableName };
      });
    case 'TransactGetItems':
      return (input as InputOf<'TransactGetItems'>).TransactItems.map((item) => ({ action: 'GetItem', tableName: item.Get.TableName }));
    case 'BatchGetItem':
      return Object.keys((input as InputOf<'BatchGetItem'>).RequestItems).map((tableName) => ({ action: 'BatchGetItem', tableName }));
    case 'BatchWriteItem':
      return Object.keys((input as InputOf<'BatchWriteItem'>).RequestItems).map((tableName) => ({ action: 'BatchWriteItem', tableName }));
    case 'TagResource':
    case 'UntagResource':
    case 'ListTagsOfResource':
      return [{ action: operation, tableName: (input as InputOf<'ListTagsOfResource'>).ResourceArn.split(':table/')[1] ?? '' }];
    default:
      return [{ action: operation, tableName: request.TableName ?? '', ...(request.IndexName === undefined ? {} : { indexName: request.IndexName }) }];
  }
}

export interface RecordingPort {
  readonly port: DynamoDbPort;
  readonly accesses: Access[];
}

/** Records the IAM actions of every request, whether it succeeds or fails. */
export function recordingPort(port: DynamoDbPort): RecordingPort {
  const accesses: Access[] = [];
  return {
    accesses,
    port: interceptPort(port, (operation, input, next) => {
      accesses.push(...accessesOf(operation, input));
      return next();
    }),
  };
}
