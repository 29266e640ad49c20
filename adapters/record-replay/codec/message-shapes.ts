/**
 * Where the requests and responses of each operation hold items and attribute values, declared
 * once (as lib-dynamodb declares its marshalling). Everything else in a message is plain data
 * and is written as it is, apart from dates (every DynamoDB field ending in `DateTime`).
 */
import type { OperationName } from '../../../ports/dynamo-db-operations.js';
import type { StreamsOperationName } from '../../../ports/dynamo-db-streams-port.js';

export type Shape =
  /** A map of attribute names to values: an item, a key. */
  | { readonly kind: 'item' }
  /** ExpressionAttributeValues: redacted as a whole when an expression names a redacted attribute. */
  | { readonly kind: 'expression-values' }
  /** One attribute value; `attribute` names it when a map key above did (legacy conditions). */
  | { readonly kind: 'value' }
  /** Every element of an array, or every value of a map; `byAttribute`: the map's keys are attribute names. */
  | { readonly kind: 'each'; readonly of: Shape; readonly byAttribute: boolean }
  | { readonly kind: 'fields'; readonly fields: Readonly<Record<string, Shape>> };

export interface MessageShapes {
  readonly input: Shape;
  readonly output: Shape;
}

const ITEM: Shape = { kind: 'item' };
const VALUES: Shape = { kind: 'expression-values' };
const VALUE: Shape = { kind: 'value' };
const each = (of: Shape): Shape => ({ kind: 'each', of, byAttribute: false });
const byAttribute = (of: Shape): Shape => ({ kind: 'each', of, byAttribute: true });
const fields = (shape: Readonly<Record<string, Shape>>): Shape => ({ kind: 'fields', fields: shape });
const NOTHING: Shape = fields({});

const legacyCondition = byAttribute(fields({ Value: VALUE, AttributeValueList: each(VALUE) }));
const conditionalWrite = { ExpressionAttributeValues: VALUES, Expected: legacyCondition };
const itemCollectionMetrics = fields({ ItemCollectionKey: ITEM });
const writeOutput = fields({ Attributes: ITEM, ItemCollectionMetrics: itemCollectionMetrics });
const readMany = { ExclusiveStartKey: ITEM, ExpressionAttributeValues: VALUES };
const readManyOutput = fields({ Items: each(ITEM), LastEvaluatedKey: ITEM });
const keysAndAttributes = fields({ Keys: each(ITEM) });
const writeRequests = each(each(fields({ PutRequest: fields({ Item: ITEM }), DeleteRequest: fields({ Key: ITEM }) })));
const transactAction = fields({ Key: ITEM, Item: ITEM, ExpressionAttributeValues: VALUES });
const tableOperation: MessageShapes = { input: NOTHING, output: NOTHING };

export const OPERATION_SHAPES: Readonly<Record<OperationName | StreamsOperationName, MessageShapes>> = {
  GetItem: { input: fields({ Key: ITEM }), output: fields({ Item: ITEM }) },
  PutItem: { input: fields({ ...conditionalWrite, Item: ITEM }), output: writeOutput },
  UpdateItem: { input: fields({ ...conditionalWrite, Key: ITEM, AttributeUpdates: byAttribute(fields({ Value: VALUE })) }), output: writeOutput },
  DeleteItem: { input: fields({ ...conditionalWrite, Key: ITEM }), output: writeOutput },
  Query: { input: fields({ ...readMany, KeyConditions: legacyCondition, QueryFilter: legacyCondition }), output: readManyOutput },
  Scan: { input: fields({ ...readMany, ScanFilter: legacyCondition }), output: readManyOutput },
  BatchGetItem: { input: fields({ RequestItems: each(keysAndAttributes) }), output: fields({ Responses: each(each(ITEM)), UnprocessedKeys: each(keysAndAttributes) }) },
  BatchWriteItem: { input: fields({ RequestItems: writeRequests }), output: fields({ UnprocessedItems: writeRequests, ItemCollectionMetrics: each(each(itemCollectionMetrics)) }) },
  TransactGetItems: { input: fields({ TransactItems: each(fields({ Get: fields({ Key: ITEM }) })) }), output: fields({ Responses: each(fields({ Item: ITEM })) }) },
  TransactWriteItems: {
    input: fields({ TransactItems: each(fields({ ConditionCheck: transactAction, Put: transactAction, Delete: transactAction, Update: transactAction })) }),
    output: fields({ ItemCollectionMetrics: each(each(itemCollectionMetrics)) }),
  },
  CreateTable: tableOperation,
  DeleteTable: tableOperation,
  DescribeTable: tableOperation,
  ListTables: tableOperation,
  UpdateTable: tableOperation,
  UpdateTimeToLive: tableOperation,
  DescribeTimeToLive: tableOperation,
  UpdateContinuousBackups: tableOperation,
  DescribeContinuousBackups: tableOperation,
  TagResource: tableOperation,
  UntagResource: tableOperation,
  ListTagsOfResource: tableOperation,
  ListStreams: tableOperation,
  DescribeStream: tableOperation,
  GetShardIterator: tableOperation,
  GetRecords: { input: NOTHING, output: fields({ Records: each(fields({ dynamodb: fields({ Keys: ITEM, NewImage: ITEM, OldImage: ITEM }) })) }) },
};

/** The data of a DynamoDbError that holds items. */
export const ERROR_SHAPE: Shape = fields({ item: ITEM, cancellationReasons: each(fields({ Item: ITEM })) });

/** Shapes of an operation this version does not know: everything plain. */
export const UNKNOWN_OPERATION: MessageShapes = tableOperation;

export function shapesOf(operation: string): MessageShapes {
  return Object.hasOwn(OPERATION_SHAPES, operation) ? OPERATION_SHAPES[operation as OperationName] : UNKNOWN_OPERATION;
}
