/**
 * The request shapes of the item operations as DynamoDB's service model constrains them, members
 * in the order DynamoDB's messages list their violations (dynalite's tests against DynamoDB, and
 * nubo-db/dynamodb-conformance captures of 2026 for UpdateItem; members whose place no message
 * shows come last). ReturnValues outside its enum breaks the model; a value of the enum that an
 * operation does not take is answered "Return values set to invalid value" by the operation.
 * The batch counts (100 keys, 25 writes in all) are checked by the batch operations, with
 * DynamoDB's own messages.
 */
import type { MemberRule, Shape } from '../../validation/member-rule.js';
import { optionalNameRule, tableNameOrArnRule } from '../../validation/name-rules.js';

const attributeValue: MemberRule = { type: 'structure', shapeName: 'AttributeValue' };
const attributeMap: MemberRule = { type: 'map', entries: attributeValue };
const requiredAttributeMap: MemberRule = { ...attributeMap, required: true };
const attributesToGet: MemberRule = { type: 'list', minLength: 1, items: { type: 'string' } };
const returnConsumedCapacity: MemberRule = { type: 'string', oneOf: ['INDEXES', 'TOTAL', 'NONE'] };
const returnItemCollectionMetrics: MemberRule = { type: 'string', oneOf: ['SIZE', 'NONE'] };
// Enumerations are listed as DynamoDB's messages list them.
const conditionalOperator: MemberRule = { type: 'string', oneOf: ['OR', 'AND'] };
const returnValues: MemberRule = { type: 'string', oneOf: ['ALL_NEW', 'UPDATED_OLD', 'ALL_OLD', 'NONE', 'UPDATED_NEW'] };
const returnValuesOnConditionCheckFailure: MemberRule = { type: 'string', oneOf: ['ALL_OLD', 'NONE'] };
const expression: MemberRule = { type: 'string' };
const names: MemberRule = { type: 'map', entries: { type: 'string' } };
const select: MemberRule = { type: 'string', oneOf: ['SPECIFIC_ATTRIBUTES', 'COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES'] };
const expected: MemberRule = { type: 'map', entries: { type: 'structure', shapeName: 'ExpectedAttributeValue' } };
const conditions: MemberRule = { type: 'map', entries: { type: 'structure', shapeName: 'Condition' } };

export const GET_ITEM_SHAPE: Shape = {
  ReturnConsumedCapacity: returnConsumedCapacity,
  AttributesToGet: attributesToGet,
  TableName: tableNameOrArnRule,
  Key: requiredAttributeMap,
  ConsistentRead: { type: 'boolean' },
  ProjectionExpression: expression,
  ExpressionAttributeNames: names,
};

export const PUT_ITEM_SHAPE: Shape = {
  ReturnConsumedCapacity: returnConsumedCapacity,
  TableName: tableNameOrArnRule,
  Item: requiredAttributeMap,
  ReturnValues: returnValues,
  ReturnItemCollectionMetrics: returnItemCollectionMetrics,
  Expected: expected,
  ConditionalOperator: conditionalOperator,
  ConditionExpression: expression,
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: attributeMap,
  ReturnValuesOnConditionCheckFailure: returnValuesOnConditionCheckFailure,
};

export const UPDATE_ITEM_SHAPE: Shape = {
  ReturnConsumedCapacity: returnConsumedCapacity,
  TableName: tableNameOrArnRule,
  ReturnItemCollectionMetrics: returnItemCollectionMetrics,
  ReturnValues: returnValues,
  ConditionalOperator: conditionalOperator,
  Key: requiredAttributeMap,
  AttributeUpdates: { type: 'map', entries: { type: 'structure', shapeName: 'AttributeValueUpdate' } },
  Expected: expected,
  UpdateExpression: expression,
  ConditionExpression: expression,
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: attributeMap,
  ReturnValuesOnConditionCheckFailure: returnValuesOnConditionCheckFailure,
};

export const DELETE_ITEM_SHAPE: Shape = {
  ReturnConsumedCapacity: returnConsumedCapacity,
  TableName: tableNameOrArnRule,
  ReturnValues: returnValues,
  ReturnItemCollectionMetrics: returnItemCollectionMetrics,
  ConditionalOperator: conditionalOperator,
  Key: requiredAttributeMap,
  Expected: expected,
  ConditionExpression: expression,
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: attributeMap,
  ReturnValuesOnConditionCheckFailure: returnValuesOnConditionCheckFailure,
};

export const QUERY_SHAPE: Shape = {
  Limit: { type: 'integer', min: 1 },
  KeyConditions: conditions,
  ReturnConsumedCapacity: returnConsumedCapacity,
  AttributesToGet: attributesToGet,
  TableName: tableNameOrArnRule,
  Select: select,
  IndexName: optionalNameRule,
  ConsistentRead: { type: 'boolean' },
  QueryFilter: conditions,
  ConditionalOperator: conditionalOperator,
  ScanIndexForward: { type: 'boolean' },
  ExclusiveStartKey: attributeMap,
  ProjectionExpression: expression,
  FilterExpression: expression,
  KeyConditionExpression: expression,
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: attributeMap,
};

export const SCAN_SHAPE: Shape = {
  Select: select,
  IndexName: optionalNameRule,
  TotalSegments: { type: 'integer', min: 1, max: 1_000_000 },
  ReturnConsumedCapacity: returnConsumedCapacity,
  TableName: tableNameOrArnRule,
  ConditionalOperator: conditionalOperator,
  ScanFilter: conditions,
  Segment: { type: 'integer', min: 0, max: 999_999 },
  AttributesToGet: attributesToGet,
  Limit: { type: 'integer', min: 1 },
  ExclusiveStartKey: attributeMap,
  ProjectionExpression: expression,
  FilterExpression: expression,
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: attributeMap,
  ConsistentRead: { type: 'boolean' },
};

const keysAndAttributes: MemberRule = {
  type: 'structure',
  shapeName: 'KeysAndAttributes',
  fields: {
    Keys: { type: 'list', required: true, minLength: 1, maxLength: 100, items: attributeMap },
    AttributesToGet: attributesToGet,
    ConsistentRead: { type: 'boolean' },
    ProjectionExpression: expression,
    ExpressionAttributeNames: names,
  },
};

export const BATCH_GET_ITEM_SHAPE: Shape = {
  RequestItems: { type: 'map', required: true, minLength: 1, entries: keysAndAttributes },
  ReturnConsumedCapacity: returnConsumedCapacity,
};

const writeRequest: MemberRule = {
  type: 'structure',
  shapeName: 'WriteRequest',
  fields: {
    PutRequest: { type: 'structure', shapeName: 'PutRequest', fields: { Item: requiredAttributeMap } },
    DeleteRequest: { type: 'structure', shapeName: 'DeleteRequest', fields: { Key: requiredAttributeMap } },
  },
};

/**
 * DynamoDB prints the RequestItems of a refused BatchWriteItem with Java's default toString of
 * each WriteRequest (`com.amazonaws.dynamodb.v20120810.WriteRequest@<hash>`); the hash here is
 * a stable one of the request's JSON, as no client can know the service's identity hash.
 */
function renderWriteRequests(value: unknown): string {
  const tables = Object.entries(value as Readonly<Record<string, unknown>>).map(([name, requests]) => {
    const rendered = Array.isArray(requests) ? requests.map((request) => `com.amazonaws.dynamodb.v20120810.WriteRequest@${javaStyleHash(request)}`) : [];
    return `${name}=[${rendered.join(', ')}]`;
  });
  return `{${tables.join(', ')}}`;
}

function javaStyleHash(value: unknown): string {
  // JSON.stringify gives undefined for undefined, whatever its declared type says.
  const text = JSON.stringify(value) as string | undefined;
  let hash = 0;
  for (const char of text ?? '') hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return (hash >>> 0).toString(16);
}

export const BATCH_WRITE_ITEM_SHAPE: Shape = {
  RequestItems: {
    type: 'map',
    required: true,
    minLength: 1,
    // DynamoDB reports a table's empty or overlong request list on the map (up to 25 requests a table).
    entryLength: { min: 1, max: 25 },
    render: renderWriteRequests,
    entries: { type: 'list', items: writeRequest },
  },
  ReturnConsumedCapacity: returnConsumedCapacity,
  ReturnItemCollectionMetrics: returnItemCollectionMetrics,
};

const transactTableName: MemberRule = tableNameOrArnRule;

const transactGetItem: MemberRule = {
  type: 'structure',
  shapeName: 'TransactGetItem',
  fields: {
    Get: {
      type: 'structure',
      shapeName: 'Get',
      required: true,
      fields: { Key: requiredAttributeMap, TableName: transactTableName, ProjectionExpression: expression, ExpressionAttributeNames: names },
    },
  },
};

export const TRANSACT_GET_ITEMS_SHAPE: Shape = {
  TransactItems: { type: 'list', required: true, minLength: 1, maxLength: 100, items: transactGetItem },
  ReturnConsumedCapacity: returnConsumedCapacity,
};

function transactAction(shapeName: string, fields: Shape): MemberRule {
  return { type: 'structure', shapeName, fields };
}

const writeActionFields: Shape = {
  TableName: transactTableName,
  ConditionExpression: expression,
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: attributeMap,
  ReturnValuesOnConditionCheckFailure: returnValuesOnConditionCheckFailure,
};

const transactWriteItem: MemberRule = {
  type: 'structure',
  shapeName: 'TransactWriteItem',
  fields: {
    ConditionCheck: transactAction('ConditionCheck', { Key: requiredAttributeMap, ...writeActionFields, ConditionExpression: { ...expression, required: true } }),
    Put: transactAction('Put', { Item: requiredAttributeMap, ...writeActionFields }),
    Delete: transactAction('Delete', { Key: requiredAttributeMap, ...writeActionFields }),
    Update: transactAction('Update', { Key: requiredAttributeMap, UpdateExpression: { ...expression, required: true }, ...writeActionFields }),
  },
};

export const TRANSACT_WRITE_ITEMS_SHAPE: Shape = {
  TransactItems: { type: 'list', required: true, minLength: 1, maxLength: 100, items: transactWriteItem },
  ReturnConsumedCapacity: returnConsumedCapacity,
  ReturnItemCollectionMetrics: returnItemCollectionMetrics,
  ClientRequestToken: { type: 'string', minLength: 1, maxLength: 36 },
};
