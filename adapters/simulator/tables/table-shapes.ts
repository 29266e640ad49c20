/**
 * The request shapes of the table operations as DynamoDB's service model constrains them, in the
 * order DynamoDB reports violations (top-level members of CreateTable in DynamoDB's own order:
 * attributeDefinitions, tableName, provisionedThroughput, keySchema, then the indexes).
 */
import type { MemberRule, Shape } from '../validation/member-rule.js';
import { nameRule, optionalNameRule, tableNameOrArnRule } from '../validation/name-rules.js';

const attributeNameRule: MemberRule = { type: 'string', required: true, minLength: 1, maxLength: 255 };

const attributeDefinition: MemberRule = {
  type: 'structure',
  shapeName: 'AttributeDefinition',
  fields: { AttributeName: attributeNameRule, AttributeType: { type: 'string', required: true, oneOf: ['B', 'N', 'S'] } },
};

const attributeDefinitions: MemberRule = { type: 'list', items: attributeDefinition };

function keySchema(maxElements: number): MemberRule {
  return {
    type: 'list',
    required: true,
    minLength: 1,
    maxLength: maxElements,
    items: {
      type: 'structure',
      shapeName: 'KeySchemaElement',
      fields: { AttributeName: attributeNameRule, KeyType: { type: 'string', required: true, oneOf: ['HASH', 'RANGE'] } },
    },
  };
}

/** Write before read: the order in which DynamoDB reports the two. */
const provisionedThroughput: MemberRule = {
  type: 'structure',
  shapeName: 'ProvisionedThroughput',
  fields: {
    WriteCapacityUnits: { type: 'long', required: true, min: 1 },
    ReadCapacityUnits: { type: 'long', required: true, min: 1 },
  },
};

const onDemandThroughput: MemberRule = {
  type: 'structure',
  shapeName: 'OnDemandThroughput',
  fields: { MaxReadRequestUnits: { type: 'long' }, MaxWriteRequestUnits: { type: 'long' } },
};

const warmThroughput: MemberRule = {
  type: 'structure',
  shapeName: 'WarmThroughput',
  fields: { ReadUnitsPerSecond: { type: 'long' }, WriteUnitsPerSecond: { type: 'long' } },
};

const projection: MemberRule = {
  type: 'structure',
  shapeName: 'Projection',
  required: true,
  fields: {
    ProjectionType: { type: 'string', oneOf: ['ALL', 'INCLUDE', 'KEYS_ONLY'] },
    NonKeyAttributes: { type: 'list', minLength: 1, maxLength: 20, items: { type: 'string', minLength: 1, maxLength: 255 } },
  },
};

const localSecondaryIndex: MemberRule = {
  type: 'structure',
  shapeName: 'LocalSecondaryIndex',
  fields: { IndexName: nameRule, KeySchema: keySchema(2), Projection: projection },
};

/** Global index keys may have up to four partition and four sort key attributes. */
const GLOBAL_KEY_ELEMENTS = 8;

const globalSecondaryIndexFields: Shape = {
  IndexName: nameRule,
  KeySchema: keySchema(GLOBAL_KEY_ELEMENTS),
  Projection: projection,
  ProvisionedThroughput: provisionedThroughput,
  OnDemandThroughput: onDemandThroughput,
  WarmThroughput: warmThroughput,
};

const streamSpecification: MemberRule = {
  type: 'structure',
  shapeName: 'StreamSpecification',
  fields: {
    StreamEnabled: { type: 'boolean', required: true },
    // In the order DynamoDB lists the set in its message.
    StreamViewType: { type: 'string', oneOf: ['OLD_IMAGE', 'KEYS_ONLY', 'NEW_AND_OLD_IMAGES', 'NEW_IMAGE'] },
  },
};

const sseSpecification: MemberRule = {
  type: 'structure',
  shapeName: 'SSESpecification',
  fields: { Enabled: { type: 'boolean' }, SSEType: { type: 'string', oneOf: ['AES256', 'KMS'] }, KMSMasterKeyId: { type: 'string', minLength: 1 } },
};

const tags: MemberRule = {
  type: 'list',
  items: {
    type: 'structure',
    shapeName: 'Tag',
    // DynamoDB checks tag keys and values itself, with its own messages (tag-rules.ts).
    fields: { Key: { type: 'string', required: true }, Value: { type: 'string', required: true } },
  },
};

const billingMode: MemberRule = { type: 'string', oneOf: ['PROVISIONED', 'PAY_PER_REQUEST'] };

export const createTableShape: Shape = {
  AttributeDefinitions: { ...attributeDefinitions, required: true },
  TableName: nameRule,
  ProvisionedThroughput: provisionedThroughput,
  KeySchema: keySchema(2),
  LocalSecondaryIndexes: { type: 'list', items: localSecondaryIndex },
  GlobalSecondaryIndexes: { type: 'list', items: { type: 'structure', shapeName: 'GlobalSecondaryIndex', fields: globalSecondaryIndexFields } },
  BillingMode: billingMode,
  StreamSpecification: streamSpecification,
  SSESpecification: sseSpecification,
  Tags: tags,
  TableClass: { type: 'string' },
  DeletionProtectionEnabled: { type: 'boolean' },
  OnDemandThroughput: onDemandThroughput,
  WarmThroughput: warmThroughput,
  ResourcePolicy: { type: 'string' },
};

export const updateTableShape: Shape = {
  AttributeDefinitions: attributeDefinitions,
  TableName: tableNameOrArnRule,
  ProvisionedThroughput: provisionedThroughput,
  BillingMode: billingMode,
  GlobalSecondaryIndexUpdates: {
    type: 'list',
    items: {
      type: 'structure',
      shapeName: 'GlobalSecondaryIndexUpdate',
      fields: {
        Update: {
          type: 'structure',
          shapeName: 'UpdateGlobalSecondaryIndexAction',
          fields: { IndexName: nameRule, ProvisionedThroughput: provisionedThroughput, OnDemandThroughput: onDemandThroughput, WarmThroughput: warmThroughput },
        },
        Create: { type: 'structure', shapeName: 'CreateGlobalSecondaryIndexAction', fields: globalSecondaryIndexFields },
        Delete: { type: 'structure', shapeName: 'DeleteGlobalSecondaryIndexAction', fields: { IndexName: nameRule } },
      },
    },
  },
  StreamSpecification: streamSpecification,
  SSESpecification: sseSpecification,
  TableClass: { type: 'string' },
  DeletionProtectionEnabled: { type: 'boolean' },
  OnDemandThroughput: onDemandThroughput,
  WarmThroughput: warmThroughput,
  ReplicaUpdates: { type: 'list' },
};

export const tableNameShape: Shape = { TableName: tableNameOrArnRule };

export const listTablesShape: Shape = {
  ExclusiveStartTableName: optionalNameRule,
  Limit: { type: 'integer', min: 1, max: 100 },
};

export const updateTimeToLiveShape: Shape = {
  TableName: tableNameOrArnRule,
  TimeToLiveSpecification: {
    type: 'structure',
    shapeName: 'TimeToLiveSpecification',
    required: true,
    fields: { Enabled: { type: 'boolean', required: true }, AttributeName: attributeNameRule },
  },
};

export const updateContinuousBackupsShape: Shape = {
  TableName: tableNameOrArnRule,
  PointInTimeRecoverySpecification: {
    type: 'structure',
    shapeName: 'PointInTimeRecoverySpecification',
    required: true,
    fields: {
      PointInTimeRecoveryEnabled: { type: 'boolean', required: true },
      RecoveryPeriodInDays: { type: 'integer', min: 1, max: 35 },
    },
  },
};

/** A resource ARN as the model constrains it; its meaning is checked by resource-arn.ts. */
const resourceArn: MemberRule = { type: 'string', minLength: 1, maxLength: 1283 };

export const tagResourceShape: Shape = {
  ResourceArn: resourceArn,
  // Unlike CreateTable's, a missing Key or Value reaches DynamoDB's own tag check ("Key: null").
  Tags: { type: 'list', required: true, items: { type: 'structure', shapeName: 'Tag', fields: { Key: { type: 'string' }, Value: { type: 'string' } } } },
};

export const untagResourceShape: Shape = {
  ResourceArn: resourceArn,
  TagKeys: { type: 'list', required: true, items: { type: 'string' } },
};

export const listTagsOfResourceShape: Shape = {
  ResourceArn: resourceArn,
  NextToken: { type: 'string' },
};
