/**
 * The DynamoDB port: every item, query, scan, batch, transaction and table operation that the
 * library uses, in DynamoDB's vocabulary, with items in lib-dynamodb's document shape. Adapters
 * implement `send`; `createDynamoDbPort` derives the named methods from it. Every failure is a
 * `DynamoDbError` (see dynamo-db-error.ts).
 */
import type { DynamoDbOperations, OperationHandlers, OperationName, SendOperation } from './dynamo-db-operations.js';
import { OPERATION_NAMES } from './dynamo-db-operations.js';

type MethodName<N extends OperationName> = N extends `${infer First}${infer Rest}` ? `${Lowercase<First>}${Rest}` : never;

/** `getItem`, `putItem`, ... `describeContinuousBackups`: one method per operation. */
export type DynamoDbMethods = {
  [N in OperationName as MethodName<N>]: (input: DynamoDbOperations[N]['input']) => Promise<DynamoDbOperations[N]['output']>;
};

export interface DynamoDbPort extends DynamoDbMethods {
  /** Runs one operation by its DynamoDB name, as `client.send(command)` does in the AWS SDK. */
  readonly send: SendOperation;
}

export function methodName<N extends OperationName>(operation: N): MethodName<N> {
  return (operation.charAt(0).toLowerCase() + operation.slice(1)) as MethodName<N>;
}

/** Builds the port, named methods included, around one `send` implementation. */
export function createDynamoDbPort(send: SendOperation): DynamoDbPort {
  const methods: Partial<Record<string, unknown>> = {};
  for (const operation of OPERATION_NAMES) {
    methods[methodName(operation)] = (input: DynamoDbOperations[typeof operation]['input']) => send(operation, input);
  }
  return Object.freeze({ ...methods, send }) as DynamoDbPort;
}

/** Builds the port from one handler per operation, as simulators and fakes naturally have. */
export function portFromHandlers(handlers: OperationHandlers): DynamoDbPort {
  return createDynamoDbPort((operation, input) => handlers[operation](input));
}
