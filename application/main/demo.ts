/**
 * `npm start`: a short demonstration of the DynamoDB port. With `--endpoint <url>` it runs against
 * that endpoint; otherwise it starts a DynamoDB Local of its own and stops it at the end.
 */
import { parseArgs } from 'node:util';
import { startDynamoDbLocal } from '../../adapters/dynamo-db-local/start-dynamo-db-local.js';
import type { DocumentValue } from '../../ports/document-value.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import { createContainer } from '../container.js';
import { TOKENS } from '../tokens.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const say = (line: string): void => { console.log(line); };

/** A document value as a short readable text (numbers and strings as they are). */
function show(value: DocumentValue | undefined): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return value === undefined ? 'absent' : JSON.stringify(value);
}

async function demonstrate(port: DynamoDbPort): Promise<void> {
  const TableName = `demo-orders-${Date.now().toString(36)}`;
  await port.createTable({
    TableName,
    AttributeDefinitions: [{ AttributeName: 'customer', AttributeType: 'S' }, { AttributeName: 'order', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'customer', KeyType: 'HASH' }, { AttributeName: 'order', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  say(`created table ${TableName} (customer, order)`);

  for (const order of [1, 2, 3]) {
    await port.putItem({ TableName, Item: { customer: 'ada', order, total: order * 10, tags: new Set(['new']) }, ConditionExpression: 'attribute_not_exists(customer)' });
  }
  say('put 3 orders for ada, each only if absent');

  try {
    await port.putItem({ TableName, Item: { customer: 'ada', order: 1, total: 0 }, ConditionExpression: 'attribute_not_exists(customer)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
  } catch (error) {
    if (!DynamoDbError.isConditionFailed(error)) throw error;
    say(`second put of order 1 refused: ${error.kind} error ${error.errorName}, existing total ${show(error.item?.['total'])}`);
  }

  const updated = await port.updateItem({
    TableName,
    Key: { customer: 'ada', order: 2 },
    UpdateExpression: 'SET #total = #total + :extra ADD tags :paid',
    ExpressionAttributeNames: { '#total': 'total' },
    ExpressionAttributeValues: { ':extra': 5, ':paid': new Set(['paid']) },
    ReturnValues: 'UPDATED_NEW',
  });
  say(`updated order 2: total ${show(updated.Attributes?.['total'])}, tags ${[...(updated.Attributes?.['tags'] as Set<string>)].sort().join(',')}`);

  const page = await port.query({ TableName, KeyConditionExpression: 'customer = :c AND #o >= :from', ExpressionAttributeNames: { '#o': 'order' }, ExpressionAttributeValues: { ':c': 'ada', ':from': 2 }, ConsistentRead: true });
  say(`query orders >= 2: ${page.Count} items (${(page.Items ?? []).map((item) => show(item['order'])).join(', ')})`);

  try {
    await port.transactWriteItems({
      TransactItems: [
        { Put: { TableName, Item: { customer: 'bob', order: 1, total: 7 } } },
        { ConditionCheck: { TableName, Key: { customer: 'ada', order: 3 }, ConditionExpression: '#total > :big', ExpressionAttributeNames: { '#total': 'total' }, ExpressionAttributeValues: { ':big': 1000 } } },
      ],
    });
  } catch (error) {
    if (!DynamoDbError.isKind(error, 'transaction')) throw error;
    say(`transaction canceled, nothing written: reasons [${(error.cancellationReasons ?? []).map((reason) => reason.Code).join(', ')}]`);
  }
  const bob = await port.getItem({ TableName, Key: { customer: 'bob', order: 1 }, ConsistentRead: true });
  say(`bob's order after the canceled transaction: ${bob.Item === undefined ? 'absent' : 'present'}`);

  await port.deleteTable({ TableName });
  say(`deleted table ${TableName}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { endpoint: { type: 'string' } } });
  const local = values.endpoint === undefined ? await startDynamoDbLocal() : undefined;
  const endpoint = values.endpoint ?? local?.endpoint;
  say(local === undefined ? `using the endpoint ${String(endpoint)}` : `started DynamoDB Local at ${local.endpoint}`);
  try {
    const container = createContainer({ storage: 'aws', endpoint, region: 'us-east-1', credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' } });
    await demonstrate(container.get<DynamoDbPort>(TOKENS.DynamoDbPort));
  } finally {
    await local?.stop();
    if (local !== undefined) say('stopped DynamoDB Local');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exitCode = 1;
});
