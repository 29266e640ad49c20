/**
 * Where item values sit in each operation's request and response: the same declarations
 * lib-dynamodb's document commands carry, so that the port front marshals and unmarshals exactly
 * the fields the AWS adapter does, and the wire front finds every binary to decode.
 *
 * A node is `'value'` (the field is one value), `'values'` (every entry of the map or list is a
 * value), `{ each }` (every entry follows the node `each`) or `{ fields }` (the named fields follow
 * their nodes; the others pass through untouched).
 */
export type ValueNode =
  | 'value'
  | 'values'
  | { readonly each: ValueNode }
  | { readonly fields: ValueFields };

export type ValueFields = Readonly<Record<string, ValueNode>>;

export interface OperationValueNodes {
  readonly input: ValueFields;
  readonly output: ValueFields;
}

const legacyExpected: ValueNode = { each: { fields: { Value: 'value', AttributeValueList: 'values' } } };
const legacyConditions: ValueNode = { each: { fields: { AttributeValueList: 'values' } } };
const writeOutput: ValueFields = { Attributes: 'values', ItemCollectionMetrics: { fields: { ItemCollectionKey: 'values' } } };
const pageOutput: ValueFields = { Items: { each: 'values' }, LastEvaluatedKey: 'values' };
const writeRequests: ValueNode = {
  each: { each: { fields: { PutRequest: { fields: { Item: 'values' } }, DeleteRequest: { fields: { Key: 'values' } } } } },
};
const keysAndAttributes: ValueNode = { each: { fields: { Keys: { each: 'values' } } } };
const transactAction = (target: 'Key' | 'Item'): ValueNode => ({ fields: { [target]: 'values', ExpressionAttributeValues: 'values' } });

const NO_VALUES: OperationValueNodes = { input: {}, output: {} };

export const OPERATION_VALUE_NODES: Readonly<Record<string, OperationValueNodes>> = {
  GetItem: { input: { Key: 'values' }, output: { Item: 'values' } },
  PutItem: { input: { Item: 'values', Expected: legacyExpected, ExpressionAttributeValues: 'values' }, output: writeOutput },
  UpdateItem: {
    input: { Key: 'values', AttributeUpdates: { each: { fields: { Value: 'value' } } }, Expected: legacyExpected, ExpressionAttributeValues: 'values' },
    output: writeOutput,
  },
  DeleteItem: { input: { Key: 'values', Expected: legacyExpected, ExpressionAttributeValues: 'values' }, output: writeOutput },
  Query: {
    input: { KeyConditions: legacyConditions, QueryFilter: legacyConditions, ExclusiveStartKey: 'values', ExpressionAttributeValues: 'values' },
    output: pageOutput,
  },
  Scan: { input: { ScanFilter: legacyConditions, ExclusiveStartKey: 'values', ExpressionAttributeValues: 'values' }, output: pageOutput },
  BatchGetItem: {
    input: { RequestItems: keysAndAttributes },
    output: { Responses: { each: { each: 'values' } }, UnprocessedKeys: keysAndAttributes },
  },
  BatchWriteItem: {
    input: { RequestItems: writeRequests },
    output: { UnprocessedItems: writeRequests, ItemCollectionMetrics: { each: { each: { fields: { ItemCollectionKey: 'values' } } } } },
  },
  TransactGetItems: {
    input: { TransactItems: { each: { fields: { Get: { fields: { Key: 'values' } } } } } },
    output: { Responses: { each: { fields: { Item: 'values' } } } },
  },
  TransactWriteItems: {
    input: {
      TransactItems: {
        each: {
          fields: {
            ConditionCheck: transactAction('Key'),
            Put: transactAction('Item'),
            Delete: transactAction('Key'),
            Update: transactAction('Key'),
          },
        },
      },
    },
    output: { ItemCollectionMetrics: { each: { each: { fields: { ItemCollectionKey: 'values' } } } } },
  },
};

/** The nodes of an operation; table and stream operations carry no item values. */
export function valueNodesOf(operation: string): OperationValueNodes {
  return Object.hasOwn(OPERATION_VALUE_NODES, operation) ? (OPERATION_VALUE_NODES[operation] as OperationValueNodes) : NO_VALUES;
}
