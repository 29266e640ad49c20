/**
 * The tables as a CloudFormation template: one AWS::DynamoDB::Table per spec, its name a
 * parameter that defaults to the spec's name, its deletion and update-replace policies from the
 * spec's removalPolicy (Retain unless the spec or the options say otherwise), and outputs with
 * each table's name, ARN and stream ARN. With `includePolicies`, the roles' least-privilege
 * policies come along as AWS::IAM::ManagedPolicy resources (to attach to the roles that need them).
 */
import { keyAttributesOf, type IndexProjection, type KeyAttribute, type RemovalPolicy, type TableSpec } from '../../domain/tables/table-spec.js';
import type { JsonObject } from '../../domain/values/json-value.js';
import { iamPolicies, tableNameParameter } from './iam-policies.js';
import type { RoleSpec } from './iam-roles.js';
import { ProvisioningError } from './provisioning-error.js';
import { tableNamesFor, type TableNameOptions } from './table-names.js';
import { keySchemaOf, throughputOf } from './table-shape.js';

export interface CloudFormationTemplate extends JsonObject {
  readonly AWSTemplateFormatVersion: '2010-09-09';
  readonly Description: string;
  readonly Parameters: JsonObject;
  readonly Resources: JsonObject;
  readonly Outputs: JsonObject;
}

export interface CloudFormationOptions extends TableNameOptions {
  readonly description?: string | undefined;
  /** One policy for every table, or policies by spec id; otherwise each spec's removalPolicy. */
  readonly removalPolicy?: RemovalPolicy | Readonly<Record<string, RemovalPolicy>> | undefined;
  /** Adds the roles' policies as AWS::IAM::ManagedPolicy resources. */
  readonly includePolicies?: boolean | undefined;
  /** Default: the design roles whose tables are all in the template. */
  readonly roles?: readonly RoleSpec[] | undefined;
}

const REMOVAL_POLICIES: readonly RemovalPolicy[] = ['Retain', 'Delete', 'Snapshot'];

function removalPolicyFor(spec: TableSpec, option: CloudFormationOptions['removalPolicy']): RemovalPolicy {
  const chosen = typeof option === 'string' ? option : (option?.[spec.id] ?? spec.removalPolicy);
  if (!REMOVAL_POLICIES.includes(chosen)) throw new ProvisioningError('InvalidOptions', `The removal policy of ${spec.id} must be Retain, Delete or Snapshot, not ${JSON.stringify(chosen)}`);
  return chosen;
}

function sseOf(spec: TableSpec): JsonObject {
  switch (spec.encryption.type) {
    case 'AWS_OWNED':
      return { SSEEnabled: false };
    case 'AWS_MANAGED':
      return { SSEEnabled: true, SSEType: 'KMS' };
    case 'CUSTOMER_MANAGED':
      return { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: spec.encryption.kmsKeyId };
  }
}

function keySchemaJson(partitionKey: KeyAttribute, sortKey: KeyAttribute | undefined): JsonObject[] {
  return keySchemaOf(partitionKey, sortKey).map((element) => ({ AttributeName: element.AttributeName, KeyType: element.KeyType }));
}

function projectionJson(projection: IndexProjection): JsonObject {
  return projection.type === 'INCLUDE' ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.nonKeyAttributes] } : { ProjectionType: projection.type };
}

function tableProperties(spec: TableSpec): JsonObject {
  const throughput = throughputOf(spec.billing);
  const withThroughput = throughput === undefined ? {} : { ProvisionedThroughput: { ReadCapacityUnits: throughput.ReadCapacityUnits, WriteCapacityUnits: throughput.WriteCapacityUnits } };
  const recovery = spec.pointInTimeRecovery;
  return {
    TableName: { Ref: tableNameParameter(spec) },
    AttributeDefinitions: keyAttributesOf(spec).map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: keySchemaJson(spec.partitionKey, spec.sortKey),
    ...(spec.globalSecondaryIndexes.length === 0
      ? {}
      : {
          GlobalSecondaryIndexes: spec.globalSecondaryIndexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchemaJson(index.partitionKey, index.sortKey),
            Projection: projectionJson(index.projection),
            ...withThroughput,
          })),
        }),
    ...(spec.localSecondaryIndexes.length === 0
      ? {}
      : {
          LocalSecondaryIndexes: spec.localSecondaryIndexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchemaJson(spec.partitionKey, index.sortKey),
            Projection: projectionJson(index.projection),
          })),
        }),
    BillingMode: spec.billing.mode,
    ...withThroughput,
    ...(spec.stream === undefined ? {} : { StreamSpecification: { StreamViewType: spec.stream.viewType } }),
    ...(spec.timeToLive === undefined ? {} : { TimeToLiveSpecification: { AttributeName: spec.timeToLive.attributeName, Enabled: true } }),
    PointInTimeRecoverySpecification: recovery.enabled
      ? { PointInTimeRecoveryEnabled: true, ...(recovery.recoveryPeriodInDays === undefined ? {} : { RecoveryPeriodInDays: recovery.recoveryPeriodInDays }) }
      : { PointInTimeRecoveryEnabled: false },
    SSESpecification: sseOf(spec),
    DeletionProtectionEnabled: spec.deletionProtection,
    TableClass: spec.tableClass,
    ...(spec.tags.length === 0 ? {} : { Tags: spec.tags.map((tag) => ({ Key: tag.key, Value: tag.value })) }),
  };
}

/** Logical ids share one namespace in a template: alphanumeric and unique. */
function claim(ids: Set<string>, id: string): string {
  if (!/^[A-Za-z0-9]+$/.test(id)) throw new ProvisioningError('InvalidOptions', `${JSON.stringify(id)} cannot be a CloudFormation logical id: it must be alphanumeric`);
  if (ids.has(id)) throw new ProvisioningError('InvalidOptions', `The logical id ${id} would appear twice in the template`);
  ids.add(id);
  return id;
}

function output(description: string, value: JsonObject, exportName: string): JsonObject {
  return { Description: description, Value: value, Export: { Name: { 'Fn::Sub': `\${AWS::StackName}-${exportName}` } } };
}

export function cloudFormationTemplate(specs: readonly TableSpec[], options: CloudFormationOptions = {}): CloudFormationTemplate {
  const names = tableNamesFor(specs, options);
  const ids = new Set<string>();
  const parameters: Record<string, JsonObject> = {};
  const resources: Record<string, JsonObject> = {};
  const outputs: Record<string, JsonObject> = {};
  for (const spec of specs) {
    const parameter = claim(ids, tableNameParameter(spec));
    const table = claim(ids, `${spec.id}Table`);
    parameters[parameter] = {
      Type: 'String',
      Description: `Name of the table: ${spec.description === '' ? spec.id : spec.description}`,
      Default: names.get(spec.id) ?? spec.tableName.default,
      AllowedPattern: '[a-zA-Z0-9_.-]+',
      MinLength: 3,
      MaxLength: 255,
    };
    const policy = removalPolicyFor(spec, options.removalPolicy);
    resources[table] = { Type: 'AWS::DynamoDB::Table', DeletionPolicy: policy, UpdateReplacePolicy: policy, Properties: tableProperties(spec) };
    outputs[claim(ids, `${spec.id}Name`)] = output(`Name of the ${spec.id} table (set it in ${spec.tableName.environmentVariable})`, { Ref: table }, `${spec.id}Name`);
    outputs[claim(ids, `${spec.id}Arn`)] = output(`ARN of the ${spec.id} table`, { 'Fn::GetAtt': [table, 'Arn'] }, `${spec.id}Arn`);
    if (spec.stream !== undefined) outputs[claim(ids, `${spec.id}StreamArn`)] = output(`ARN of the ${spec.id} table's stream`, { 'Fn::GetAtt': [table, 'StreamArn'] }, `${spec.id}StreamArn`);
  }
  if (options.includePolicies === true) {
    for (const policy of iamPolicies(specs, { roles: options.roles })) {
      resources[claim(ids, `${policy.roleName}Policy`)] = { Type: 'AWS::IAM::ManagedPolicy', Properties: { Description: policy.description, PolicyDocument: policy.document } };
    }
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: options.description ?? 'DynamoDB tables of the dynamo-hexagon stores',
    Parameters: parameters,
    Resources: resources,
    Outputs: outputs,
  };
}
