/**
 * Runs a table of expression cases on DynamoDB Local and on the simulator's expressions module
 * and requires the same outcome: the same error message, the same condition result, the same
 * updated or projected item. Run with `--require test/support/global-fixtures.ts`.
 *
 * Where DynamoDB Local is known to differ from DynamoDB, the case says so (`dynamodb`) and the
 * simulator must give DynamoDB's answer; the list is printed at the end of the run.
 */
import { expect } from 'chai';
import * as ddb from '@aws-sdk/client-dynamodb';
import type { AttributeMap } from '../../../../adapters/simulator/values/attribute-value.js';
import type { KeySchema } from '../../../../adapters/simulator/engine/table-definition.js';
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';
import { conditionCases, evaluationCases, keyConditionCases, legacyCases, projectionCases, syntaxCases, updateCases, type LocalCase } from './local-cases.js';
import { simulate, type Outcome } from './simulate-request.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const HASH: KeySchema = { partitionKey: { name: 'pk', type: 'S' } };
const COMPOSITE: KeySchema = { partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'N' } };

/**
 * Sets come back in any order: sort them so outcomes compare as DynamoDB means them. One message
 * lists every type name of a path operand in the order of a Java identity-hashed set, which
 * changes from one JVM to the next: compare that list as a set.
 */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/operand type: \{([A-Z,]{40,})\}$/, (_, list: string) => `operand type: {${list.split(',').sort().join(',')}}`);
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, inner]): [string, unknown] => {
    const normalised = normalise(inner);
    if ((key === 'SS' || key === 'NS' || key === 'BS') && Array.isArray(normalised)) return [key, normalised.map((x: unknown) => JSON.stringify(x)).sort()];
    return [key, normalised];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

function describeCase(testCase: LocalCase): string {
  const legacy = testCase.Expected ?? testCase.AttributeUpdates ?? testCase.KeyConditions ?? testCase.AttributesToGet;
  const text = testCase.ConditionExpression ?? testCase.UpdateExpression ?? testCase.ProjectionExpression ?? testCase.KeyConditionExpression ?? JSON.stringify(legacy ?? '');
  const label = `${testCase.operation} ${JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…(${text.length})` : text)}`;
  return testCase.name ?? label;
}

describe('expressions compared with DynamoDB Local', function () {
  this.timeout(120_000);
  let client: ddb.DynamoDBClient;
  const hashTable = uniqueTableName('expr-hash');
  const compositeTable = uniqueTableName('expr-composite');
  const differences: string[] = [];

  before(async () => {
    client = new ddb.DynamoDBClient({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    await client.send(new ddb.CreateTableCommand({
      TableName: hashTable, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }));
    await client.send(new ddb.CreateTableCommand({
      TableName: compositeTable, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    }));
  });

  after(async () => {
    await client.send(new ddb.DeleteTableCommand({ TableName: hashTable }));
    await client.send(new ddb.DeleteTableCommand({ TableName: compositeTable }));
    client.destroy();
    if (differences.length > 0) console.log(`\n  Cases where DynamoDB Local differs from DynamoDB (the simulator follows DynamoDB):\n${differences.map((line) => `    - ${line}`).join('\n')}`);
  });

  async function onLocal(testCase: LocalCase, key: AttributeMap): Promise<Outcome> {
    const legacy = {
      ...(testCase.Expected ? { Expected: testCase.Expected as Record<string, ddb.ExpectedAttributeValue> } : {}),
      ...(testCase.ConditionalOperator ? { ConditionalOperator: testCase.ConditionalOperator as ddb.ConditionalOperator } : {}),
    };
    const expressions = {
      ...(testCase.ExpressionAttributeNames ? { ExpressionAttributeNames: testCase.ExpressionAttributeNames as Record<string, string> } : {}),
      ...(testCase.ExpressionAttributeValues ? { ExpressionAttributeValues: testCase.ExpressionAttributeValues as Record<string, ddb.AttributeValue> } : {}),
    };
    await client.send(new ddb.DeleteItemCommand({ TableName: hashTable, Key: key as Record<string, ddb.AttributeValue> }));
    if (testCase.item) await client.send(new ddb.PutItemCommand({ TableName: hashTable, Item: { ...key, ...testCase.item } as Record<string, ddb.AttributeValue> }));
    try {
      switch (testCase.operation) {
        case 'PutItem':
          await client.send(new ddb.PutItemCommand({ TableName: hashTable, Item: key as Record<string, ddb.AttributeValue>, ConditionExpression: testCase.ConditionExpression, ...expressions, ...legacy }));
          return { item: null };
        case 'UpdateItem': {
          const result = await client.send(new ddb.UpdateItemCommand({
            TableName: hashTable, Key: key as Record<string, ddb.AttributeValue>, ReturnValues: 'ALL_NEW',
            UpdateExpression: testCase.UpdateExpression, ConditionExpression: testCase.ConditionExpression, ...expressions, ...legacy,
            ...(testCase.AttributeUpdates ? { AttributeUpdates: testCase.AttributeUpdates as Record<string, ddb.AttributeValueUpdate> } : {}),
          }));
          return { item: (result.Attributes ?? null) as AttributeMap | null };
        }
        case 'GetItem': {
          const result = await client.send(new ddb.GetItemCommand({ TableName: hashTable, Key: key as Record<string, ddb.AttributeValue>, ConsistentRead: true, ProjectionExpression: testCase.ProjectionExpression, ...expressions,
            ...(testCase.AttributesToGet ? { AttributesToGet: [...testCase.AttributesToGet] } : {}),
          }));
          return { item: (result.Item ?? null) as AttributeMap | null };
        }
        default:
          await client.send(new ddb.QueryCommand({
            TableName: compositeTable, KeyConditionExpression: testCase.KeyConditionExpression, FilterExpression: testCase.FilterExpression,
            ProjectionExpression: testCase.ProjectionExpression, ...expressions, ...legacy,
            ...(testCase.KeyConditions ? { KeyConditions: testCase.KeyConditions as Record<string, ddb.Condition> } : {}),
            ...(testCase.QueryFilter ? { QueryFilter: testCase.QueryFilter as Record<string, ddb.Condition> } : {}),
            ...(testCase.AttributesToGet ? { AttributesToGet: [...testCase.AttributesToGet] } : {}),
          }));
          return { item: null };
      }
    } catch (error) {
      if (error instanceof ddb.ConditionalCheckFailedException) return { failed: true };
      if (error instanceof ddb.DynamoDBServiceException) return { error: error.message };
      throw error;
    } finally {
      await client.send(new ddb.DeleteItemCommand({ TableName: hashTable, Key: key as Record<string, ddb.AttributeValue> }));
    }
  }

  function onSimulator(testCase: LocalCase, key: AttributeMap): Outcome {
    const stored = testCase.item === undefined ? undefined : { ...key, ...testCase.item };
    const item = testCase.operation === 'UpdateItem' ? stored ?? key : stored;
    return simulate({ ...testCase, keySchema: testCase.operation === 'Query' ? COMPOSITE : HASH, ...(item ? { item } : {}) });
  }

  const groups: [string, LocalCase[]][] = [
    ['syntax errors', syntaxCases],
    ['condition validation', conditionCases],
    ['condition evaluation', evaluationCases],
    ['update expressions', updateCases],
    ['projection expressions', projectionCases],
    ['key conditions', keyConditionCases],
    ['legacy parameters', legacyCases],
  ];
  let counter = 0;
  for (const [group, cases] of groups) {
    describe(group, () => {
      for (const testCase of cases) {
        const key: AttributeMap = { pk: { S: `expr-case-${counter++}` } };
        it(describeCase(testCase), async () => {
          const local = await onLocal(testCase, key);
          const simulated = onSimulator(testCase, key);
          if (testCase.dynamodb !== undefined) {
            expect(normalise(local), 'DynamoDB Local no longer differs: drop the `dynamodb` note').to.not.deep.equal(normalise(simulated));
            const outcome = testCase.dynamodb.outcome;
            // An expected item is stated without its key, which the test adds.
            const withKey = 'item' in outcome && outcome.item !== null ? { item: { ...key, ...outcome.item } } : outcome;
            expect(normalise(simulated)).to.deep.equal(normalise(withKey));
            differences.push(`${describeCase(testCase)}: ${testCase.dynamodb.reason}`);
            return;
          }
          expect(normalise(simulated)).to.deep.equal(normalise(local));
        });
      }
    });
  }
});
