/**
 * CreateTable's checks after the request shape passed, in the order DynamoDB runs them: throughput
 * bounds, billing mode, attribute definitions and the table key, the indexes (definitions of their
 * keys, unused definitions, key forms, projections, names, counts, throughput), then streams,
 * encryption, table class, tags and on-demand limits. The first failure is the answer.
 */
import { SimulatorError } from '../simulator-error.js';
import { invalidParameter } from './invalid-parameter.js';
import { javaHashSetOrder } from './java-hash-set-order.js';
import { checkGlobalIndexKeySchema, checkLocalIndexKeySchema, checkTableKeySchema, undefinedKeyAttributes } from './key-schema-rules.js';
import { checkProjection, MOST_PROJECTED_ATTRIBUTES, projectedAttributeCount } from './projection-rules.js';
import type { CreateTableRequest, IndexRequest } from './table-requests.js';
import { given } from './table-requests.js';
import { checkOnDemandThroughput, checkSseSpecification, checkTableClass, checkThroughputBounds } from './table-setting-rules.js';
import { checkTags } from './tag-rules.js';

const MOST_LOCAL_INDEXES = 5;
const MOST_GLOBAL_INDEXES = 20;

function checkBilling(request: CreateTableRequest): void {
  if (given(request.ProvisionedThroughput)) checkThroughputBounds(request.ProvisionedThroughput);
  const billingMode = request.BillingMode ?? 'PROVISIONED';
  if (billingMode === 'PAY_PER_REQUEST' && given(request.ProvisionedThroughput)) {
    throw invalidParameter('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
  }
  if (billingMode === 'PROVISIONED' && !given(request.ProvisionedThroughput)) {
    throw invalidParameter('ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
  }
}

function checkAttributeDefinitions(request: CreateTableRequest): string[] {
  const names: string[] = [];
  for (const definition of request.AttributeDefinitions) {
    if (names.includes(definition.AttributeName)) throw SimulatorError.validation(`Attribute Name is duplicated: ${definition.AttributeName}`);
    names.push(definition.AttributeName);
  }
  return names;
}

function checkUnusedDefinitions(request: CreateTableRequest, indexes: readonly IndexRequest[], definedNames: readonly string[]): void {
  const used = [...request.KeySchema, ...indexes.flatMap((index) => index.KeySchema)].map((key) => key.AttributeName);
  if (definedNames.every((name) => used.includes(name))) return;
  if (indexes.length === 0) {
    throw invalidParameter('Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions');
  }
  throw invalidParameter(
    `Some AttributeDefinitions are not used. AttributeDefinitions: [${javaHashSetOrder(definedNames).join(', ')}], keys used: [${javaHashSetOrder(used).join(', ')}]`,
  );
}

function checkIndexes(request: CreateTableRequest, definedNames: readonly string[]): void {
  const localIndexes = request.LocalSecondaryIndexes ?? [];
  const globalIndexes = request.GlobalSecondaryIndexes ?? [];
  if (given(request.LocalSecondaryIndexes) && localIndexes.length === 0) throw invalidParameter('List of LocalSecondaryIndexes is empty');
  if (given(request.GlobalSecondaryIndexes) && globalIndexes.length === 0) throw invalidParameter('List of GlobalSecondaryIndexes is empty');
  const tablePartitionKey = request.KeySchema[0]?.AttributeName ?? '';
  if (localIndexes.length > 0 && request.KeySchema.length < 2) {
    throw invalidParameter('Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex');
  }
  for (const index of [...localIndexes, ...globalIndexes]) {
    const undefinedKeys = undefinedKeyAttributes(index.KeySchema, definedNames);
    if (undefinedKeys !== undefined) throw undefinedKeys;
  }
  checkUnusedDefinitions(request, [...localIndexes, ...globalIndexes], definedNames);

  const names = new Set<string>();
  const checkName = (index: IndexRequest): void => {
    if (names.has(index.IndexName)) throw invalidParameter(`Duplicate index name: ${index.IndexName}`);
    names.add(index.IndexName);
  };
  for (const index of localIndexes) {
    checkLocalIndexKeySchema(index.IndexName, index.KeySchema, tablePartitionKey);
    checkProjection(index.Projection);
    checkName(index);
  }
  if (localIndexes.length > MOST_LOCAL_INDEXES) throw invalidParameter(`Number of LocalSecondaryIndexes exceeds per-table limit of ${MOST_LOCAL_INDEXES}`);
  for (const index of globalIndexes) {
    checkGlobalIndexKeySchema(index.KeySchema);
    checkProjection(index.Projection);
    checkName(index);
  }
  if (globalIndexes.length > MOST_GLOBAL_INDEXES) throw invalidParameter(`GlobalSecondaryIndex count exceeds the per-table limit of ${MOST_GLOBAL_INDEXES}`);
  if (projectedAttributeCount([...localIndexes, ...globalIndexes].map((index) => index.Projection)) > MOST_PROJECTED_ATTRIBUTES) {
    throw invalidParameter(`Number of projected attributes in all indexes exceeds limit of ${MOST_PROJECTED_ATTRIBUTES}`);
  }
  checkGlobalIndexThroughput(request, globalIndexes);
}

function checkGlobalIndexThroughput(request: CreateTableRequest, globalIndexes: readonly IndexRequest[]): void {
  const billingMode = request.BillingMode ?? 'PROVISIONED';
  for (const index of globalIndexes) {
    if (billingMode === 'PROVISIONED' && !given(index.ProvisionedThroughput)) {
      throw invalidParameter(`ProvisionedThroughput is not specified for index: ${index.IndexName}`);
    }
    if (billingMode === 'PAY_PER_REQUEST' && given(index.ProvisionedThroughput)) {
      throw invalidParameter(`ProvisionedThroughput should not be specified for index: ${index.IndexName} when BillingMode is PAY_PER_REQUEST`);
    }
    if (given(index.ProvisionedThroughput)) checkThroughputBounds(index.ProvisionedThroughput, index.IndexName);
    if (given(index.OnDemandThroughput)) checkOnDemandThroughput(index.OnDemandThroughput, billingMode, `index : ${index.IndexName}`, false);
  }
}

function checkSettings(request: CreateTableRequest): void {
  const stream = request.StreamSpecification;
  if (given(stream)) {
    if (stream.StreamEnabled && !given(stream.StreamViewType)) {
      throw invalidParameter('Table is being created with a stream enabled, UpdateViewType is required');
    }
    if (!stream.StreamEnabled && given(stream.StreamViewType)) {
      throw invalidParameter('Table is being created with a stream disabled, UpdateViewType should not be specified');
    }
  }
  if (given(request.SSESpecification)) checkSseSpecification(request.SSESpecification);
  if (given(request.TableClass)) checkTableClass(request.TableClass);
  if (given(request.Tags)) checkTags(request.Tags);
  if (given(request.OnDemandThroughput)) checkOnDemandThroughput(request.OnDemandThroughput, request.BillingMode ?? 'PROVISIONED', 'table', false);
}

export function validateCreateTable(request: CreateTableRequest): void {
  checkBilling(request);
  const definedNames = checkAttributeDefinitions(request);
  checkTableKeySchema(request.KeySchema, definedNames);
  checkIndexes(request, definedNames);
  checkSettings(request);
}
