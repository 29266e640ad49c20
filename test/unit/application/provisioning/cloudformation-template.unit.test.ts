/**
 * cloudFormationTemplate: an AWS::DynamoDB::Table per spec with every option mapped onto
 * CloudFormation's property names, Retain by default, names as parameters, outputs with names
 * and stream ARNs, and JSON text that does not depend on the order the template was built in.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { cloudFormationTemplate } from '../../../../application/provisioning/cloudformation-template.js';
import { iamPolicies } from '../../../../application/provisioning/iam-policies.js';
import { ProvisioningError } from '../../../../application/provisioning/provisioning-error.js';
import { toJson } from '../../../../application/provisioning/stable-json.js';
import { defineTableSpec, tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { ALL_TABLE_SPECS, MESSAGE_STORE_TABLE, SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';
import type { JsonObject, JsonValue } from '../../../../domain/values/json-value.js';

function at(value: JsonValue | undefined, ...path: string[]): JsonValue | undefined {
  let current = value;
  for (const step of path) current = typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as JsonObject)[step] : undefined;
  return current;
}

const PROVISIONED = defineTableSpec({
  id: 'Ledger',
  description: 'A provisioned ledger',
  tableName: { default: 'ledger', environmentVariable: 'LEDGER_TABLE' },
  partitionKey: { name: 'account', type: 'S' },
  sortKey: { name: 'entry', type: 'N' },
  globalSecondaryIndexes: [{ name: 'ByDay', partitionKey: { name: 'day', type: 'S' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['amount'] } }],
  localSecondaryIndexes: [{ name: 'ByAmount', sortKey: { name: 'amount', type: 'N' }, projection: { type: 'KEYS_ONLY' } }],
  billing: { mode: 'PROVISIONED', readCapacityUnits: 10, writeCapacityUnits: 2 },
  encryption: { type: 'CUSTOMER_MANAGED', kmsKeyId: 'alias/ledger' },
  pointInTimeRecovery: { enabled: true },
  tableClass: 'STANDARD_INFREQUENT_ACCESS',
  tags: [{ key: 'team', value: 'finance' }],
  removalPolicy: 'Snapshot',
});

describe('cloudFormationTemplate', () => {
  const template = cloudFormationTemplate(ALL_TABLE_SPECS);

  it('maps the delivery tracking table completely', () => {
    expect(template.Resources['DeliveryTrackingTable']).to.deep.equal({
      Type: 'AWS::DynamoDB::Table',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        TableName: { Ref: 'DeliveryTrackingTableName' },
        AttributeDefinitions: [
          { AttributeName: 'user_id', AttributeType: 'S' },
          { AttributeName: 'timestamp#event_id', AttributeType: 'S' },
          { AttributeName: 'event_type#timestamp', AttributeType: 'S' },
          { AttributeName: 'status#timestamp', AttributeType: 'S' },
        ],
        KeySchema: [{ AttributeName: 'user_id', KeyType: 'HASH' }, { AttributeName: 'timestamp#event_id', KeyType: 'RANGE' }],
        GlobalSecondaryIndexes: [
          { IndexName: 'EventTypeIndex', KeySchema: [{ AttributeName: 'user_id', KeyType: 'HASH' }, { AttributeName: 'event_type#timestamp', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
          { IndexName: 'StatusIndex', KeySchema: [{ AttributeName: 'user_id', KeyType: 'HASH' }, { AttributeName: 'status#timestamp', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
        SSESpecification: { SSEEnabled: false },
        DeletionProtectionEnabled: false,
        TableClass: 'STANDARD',
      },
    });
  });

  it('maps provisioned throughput (also on global indexes), local indexes, a customer key, class, tags and the spec\'s removal policy', () => {
    const table = cloudFormationTemplate([PROVISIONED]).Resources['LedgerTable'];
    expect(at(table, 'DeletionPolicy')).to.equal('Snapshot');
    expect(at(table, 'UpdateReplacePolicy')).to.equal('Snapshot');
    expect(at(table, 'Properties')).to.deep.include({
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 2 },
      GlobalSecondaryIndexes: [{ IndexName: 'ByDay', KeySchema: [{ AttributeName: 'day', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['amount'] }, ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 2 } }],
      LocalSecondaryIndexes: [{ IndexName: 'ByAmount', KeySchema: [{ AttributeName: 'account', KeyType: 'HASH' }, { AttributeName: 'amount', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/ledger' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TableClass: 'STANDARD_INFREQUENT_ACCESS',
      Tags: [{ Key: 'team', Value: 'finance' }],
    });
    expect(at(table, 'Properties')).not.to.have.any.keys('StreamSpecification', 'TimeToLiveSpecification');
  });

  it('encrypts the simple table with the AWS managed key and protects the message store from deletion', () => {
    expect(at(template.Resources['SimpleTableTable'], 'Properties', 'SSESpecification')).to.deep.equal({ SSEEnabled: true, SSEType: 'KMS' });
    expect(at(template.Resources['SimpleTableTable'], 'Properties', 'PointInTimeRecoverySpecification')).to.deep.equal({ PointInTimeRecoveryEnabled: false });
    expect(at(template.Resources['MessageStoreTable'], 'Properties', 'DeletionProtectionEnabled')).to.equal(true);
  });

  it('retains every table by default, and takes a removal policy for all or per spec', () => {
    expect(Object.values(template.Resources).map((resource) => [at(resource, 'DeletionPolicy'), at(resource, 'UpdateReplacePolicy')])).to.deep.equal(ALL_TABLE_SPECS.map(() => ['Retain', 'Retain']));
    const deleting = cloudFormationTemplate(ALL_TABLE_SPECS, { removalPolicy: 'Delete' });
    expect(Object.values(deleting.Resources).map((resource) => at(resource, 'DeletionPolicy'))).to.deep.equal(ALL_TABLE_SPECS.map(() => 'Delete'));
    const mixed = cloudFormationTemplate([MESSAGE_STORE_TABLE, SIMPLE_TABLE], { removalPolicy: { SimpleTable: 'Delete' } });
    expect([at(mixed.Resources['MessageStoreTable'], 'DeletionPolicy'), at(mixed.Resources['SimpleTableTable'], 'UpdateReplacePolicy')]).to.deep.equal(['Retain', 'Delete']);
    expect(at(cloudFormationTemplate([tableSpecWith(SIMPLE_TABLE, { removalPolicy: 'Delete' })]).Resources['SimpleTableTable'], 'DeletionPolicy')).to.equal('Delete');
  });

  it('makes each table name a parameter that defaults to the resolved name', () => {
    const named = cloudFormationTemplate([SIMPLE_TABLE], { prefix: 'prod-', environment: { DDB_TABLE_NAME: 'items' } });
    expect(named.Parameters).to.deep.equal({
      SimpleTableTableName: { Type: 'String', Description: 'Name of the table: A simple key-value table with a string partition key', Default: 'prod-items', AllowedPattern: '[a-zA-Z0-9_.-]+', MinLength: 3, MaxLength: 255 },
    });
  });

  it('outputs each table\'s name and ARN, and the stream ARN of tables with a stream', () => {
    expect(Object.keys(template.Outputs).filter((name) => name.endsWith('StreamArn'))).to.deep.equal(['DeliveryTrackingStreamArn']);
    expect(template.Outputs['DeliveryTrackingStreamArn']).to.deep.equal({
      Description: "ARN of the DeliveryTracking table's stream",
      Value: { 'Fn::GetAtt': ['DeliveryTrackingTable', 'StreamArn'] },
      Export: { Name: { 'Fn::Sub': '${AWS::StackName}-DeliveryTrackingStreamArn' } },
    });
    expect(at(template.Outputs['MessageStoreName'], 'Value')).to.deep.equal({ Ref: 'MessageStoreTable' });
    expect(at(template.Outputs['MessageStoreArn'], 'Value')).to.deep.equal({ 'Fn::GetAtt': ['MessageStoreTable', 'Arn'] });
  });

  it('adds the IAM policies as managed policies when asked, referring to the name parameters', () => {
    const withPolicies = cloudFormationTemplate(ALL_TABLE_SPECS, { includePolicies: true });
    const policies = iamPolicies(ALL_TABLE_SPECS);
    for (const policy of policies) {
      expect(withPolicies.Resources[`${policy.roleName}Policy`]).to.deep.equal({ Type: 'AWS::IAM::ManagedPolicy', Properties: { Description: policy.description, PolicyDocument: policy.document } });
    }
    const text = JSON.stringify(withPolicies);
    for (const reference of text.match(/\$\{[A-Za-z]+TableName\}/g) ?? []) expect(withPolicies.Parameters).to.have.property(reference.slice(2, -1));
    expect(Object.keys(template.Resources).some((name) => name.endsWith('Policy'))).to.equal(false);
  });

  it('refuses logical ids that clash or are not alphanumeric', () => {
    const clash = tableSpecWith(SIMPLE_TABLE, { id: 'SimpleTableTable', tableName: { default: 'other', environmentVariable: 'OTHER' } });
    expect(() => cloudFormationTemplate([SIMPLE_TABLE, clash])).to.throw(ProvisioningError, 'The logical id SimpleTableTableName would appear twice');
    expect(() => cloudFormationTemplate([tableSpecWith(SIMPLE_TABLE, { id: 'simple-table' })])).to.throw(ProvisioningError, 'must be alphanumeric');
  });

  it('prints the same JSON whatever order the specs and keys come in, and parses back to the template', () => {
    const text = toJson(template);
    expect(JSON.parse(text)).to.deep.equal(template);
    fc.assert(
      fc.property(fc.shuffledSubarray([...ALL_TABLE_SPECS], { minLength: ALL_TABLE_SPECS.length }), (shuffled) => {
        expect(toJson(cloudFormationTemplate(shuffled))).to.equal(text);
      }),
      { numRuns: 20 },
    );
    expect(toJson({ b: 1, a: { d: [3, 1], c: null } })).to.equal('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n');
  });
});
