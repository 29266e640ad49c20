/**
 * A request's shape for DEBUG logs: tables, expressions (which hold placeholders, not values),
 * attribute names, the names of value placeholders, counts and flags. Never an attribute value:
 * those belong to TRACE.
 */
import type { Item } from '../../ports/document-value.js';
import type { OperationName } from '../../ports/dynamo-db-operations.js';

const SHAPE_FIELDS = [
  'TableName',
  'IndexName',
  'KeyConditionExpression',
  'FilterExpression',
  'ConditionExpression',
  'UpdateExpression',
  'ProjectionExpression',
  'ExpressionAttributeNames',
  'Select',
  'Limit',
  'ScanIndexForward',
  'ConsistentRead',
  'Segment',
  'TotalSegments',
  'ReturnValues',
  'ReturnValuesOnConditionCheckFailure',
  'ReturnConsumedCapacity',
  'ReturnItemCollectionMetrics',
] as const;

type Shape = Record<string, unknown>;

function namesOf(record: Readonly<Record<string, unknown>> | undefined): string[] | undefined {
  return record === undefined ? undefined : Object.keys(record);
}

/** The shape of one request object (a whole input, or one action of a transaction). */
function shapeOf(request: Readonly<Record<string, unknown>>): Shape {
  const shape: Shape = {};
  for (const field of SHAPE_FIELDS) if (request[field] !== undefined) shape[field] = request[field];
  const keyNames = namesOf(request['Key'] as Item | undefined);
  if (keyNames !== undefined) shape['KeyAttributes'] = keyNames;
  const itemNames = namesOf(request['Item'] as Item | undefined);
  if (itemNames !== undefined) shape['ItemAttributes'] = itemNames;
  const placeholders = namesOf(request['ExpressionAttributeValues'] as Readonly<Record<string, unknown>> | undefined);
  if (placeholders !== undefined) shape['ValuePlaceholders'] = placeholders;
  if (request['ExclusiveStartKey'] !== undefined) shape['ExclusiveStartKey'] = true;
  return shape;
}

function actionShape(action: Readonly<Record<string, unknown>>): Shape {
  const [type = 'Unknown', body] = Object.entries(action)[0] ?? [];
  return { type, ...shapeOf((body ?? {}) as Readonly<Record<string, unknown>>) };
}

export function requestShape(operation: OperationName, input: unknown): Shape {
  const request = input as Readonly<Record<string, unknown>>;
  switch (operation) {
    case 'BatchGetItem':
      return Object.fromEntries(
        Object.entries(request['RequestItems'] as Readonly<Record<string, Readonly<Record<string, unknown>> & { Keys: readonly unknown[] }>>).map(([table, keys]) => [
          table,
          { ...shapeOf(keys), Keys: keys.Keys.length },
        ]),
      );
    case 'BatchWriteItem':
      return Object.fromEntries(
        Object.entries(request['RequestItems'] as Readonly<Record<string, readonly object[]>>).map(([table, writes]) => {
          const puts = writes.filter((write) => 'PutRequest' in write).length;
          return [table, { puts, deletes: writes.length - puts }];
        }),
      );
    case 'TransactGetItems':
    case 'TransactWriteItems':
      return { actions: (request['TransactItems'] as readonly Readonly<Record<string, unknown>>[]).map(actionShape) };
    default:
      return shapeOf(request);
  }
}
