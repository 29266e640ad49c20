/**
 * A deliberately small stand-in for the simulator's engine, for the fronts' tests while the real
 * engine is under construction: tables with streams and TTL, PutItem / GetItem / DeleteItem with
 * the `attribute_not_exists(<key>)` condition only, batches and write transactions. It follows the
 * engine's interface contract (wire-form values, SimulatorError, change feed), not DynamoDB's
 * whole behaviour.
 */
import type { Clock } from '../../../../../ports/clock.js';
import type { ItemChange, ItemChangeListener } from '../../../../../adapters/simulator/engine/item-change.js';
import type { SimulatorEngineApi } from '../../../../../adapters/simulator/engine/simulator-engine-api.js';
import type { TableDefinition } from '../../../../../adapters/simulator/engine/table-definition.js';
import { SimulatorError } from '../../../../../adapters/simulator/simulator-error.js';
import type { AttributeMap, AttributeValue } from '../../../../../adapters/simulator/values/attribute-value.js';
import { cloneItem } from '../../../../../adapters/simulator/values/clone-value.js';

type Json = Record<string, unknown>;

interface FakeTable {
  definition: TableDefinition;
  readonly items: Map<string, AttributeMap>;
}

function keyString(definition: TableDefinition, item: AttributeMap): string {
  const names = [definition.keySchema.partitionKey.name, ...(definition.keySchema.sortKey === undefined ? [] : [definition.keySchema.sortKey.name])];
  return JSON.stringify(names.map((name) => {
    const value = item[name];
    if (value === undefined) throw SimulatorError.validation('One of the required keys was not given a value');
    return 'B' in value ? Buffer.from(value.B).toString('base64') : value;
  }));
}

function keysOf(definition: TableDefinition, item: AttributeMap): AttributeMap {
  const keys: Record<string, AttributeValue> = {};
  for (const attribute of [definition.keySchema.partitionKey, definition.keySchema.sortKey]) {
    if (attribute !== undefined) keys[attribute.name] = item[attribute.name] as AttributeValue;
  }
  return keys;
}

export class FakeEngine implements SimulatorEngineApi {
  private readonly tables = new Map<string, FakeTable>();
  private readonly listeners = new Set<ItemChangeListener>();

  constructor(private readonly clock: Clock) {}

  onChange(listener: ItemChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  tableDefinition(name: string): TableDefinition | undefined {
    return this.tables.get(name)?.definition;
  }

  sweepExpiredItems(): number {
    let deleted = 0;
    const nowSeconds = this.clock.now() / 1000;
    for (const table of this.tables.values()) {
      const ttl = table.definition.timeToLive;
      if (ttl?.enabled !== true) continue;
      for (const [key, item] of table.items) {
        const value = item[ttl.attributeName];
        if (value !== undefined && 'N' in value && Number(value.N) < nowSeconds) {
          table.items.delete(key);
          deleted += 1;
          this.emit(table.definition, 'REMOVE', item, undefined, { type: 'Service', principalId: 'dynamodb.amazonaws.com' });
        }
      }
    }
    return deleted;
  }

  execute(operation: string, raw: unknown): unknown {
    const request = raw as Json;
    switch (operation) {
      case 'CreateTable': return this.createTable(request);
      case 'UpdateTable': return this.updateTable(request);
      case 'DeleteTable': return this.deleteTable(request);
      case 'DescribeTable': return { Table: this.describe(this.table(request['TableName']).definition) };
      case 'UpdateTimeToLive': return this.updateTimeToLive(request);
      case 'PutItem': return this.putItem(request);
      case 'GetItem': return this.getItem(request);
      case 'DeleteItem': return this.deleteItem(request);
      case 'BatchWriteItem': return this.batchWrite(request);
      case 'BatchGetItem': return this.batchGet(request);
      case 'TransactWriteItems': return this.transactWrite(request);
      default: throw new SimulatorError('UnknownOperationException', '');
    }
  }

  private table(name: unknown): FakeTable {
    const table = typeof name === 'string' ? this.tables.get(name) : undefined;
    if (table === undefined) throw new SimulatorError('ResourceNotFoundException', 'Requested resource not found');
    return table;
  }

  private describe(definition: TableDefinition): Json {
    return {
      TableName: definition.name,
      TableArn: definition.arn,
      TableStatus: 'ACTIVE',
      CreationDateTime: definition.createdAt / 1000,
      ...(definition.stream === undefined ? {} : { LatestStreamArn: definition.stream.arn, LatestStreamLabel: definition.stream.label, StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream.viewType } }),
    };
  }

  private streamSettings(name: string, specification: unknown): TableDefinition['stream'] {
    const spec = specification as { StreamEnabled?: boolean; StreamViewType?: TableDefinition['stream'] extends infer S ? S extends { viewType: infer V } ? V : never : never } | undefined;
    if (spec?.StreamEnabled !== true || spec.StreamViewType === undefined) return undefined;
    const label = new Date(this.clock.now()).toISOString().replace('Z', '');
    return { viewType: spec.StreamViewType, arn: `arn:aws:dynamodb:us-east-1:000000000000:table/${name}/stream/${label}`, label };
  }

  private createTable(request: Json): unknown {
    const name = request['TableName'] as string;
    if (this.tables.has(name)) throw new SimulatorError('ResourceInUseException', `Table already exists: ${name}`);
    const schema = request['KeySchema'] as { AttributeName: string; KeyType: string }[];
    const types = new Map((request['AttributeDefinitions'] as { AttributeName: string; AttributeType: 'S' | 'N' | 'B' }[]).map((entry) => [entry.AttributeName, entry.AttributeType]));
    const key = (type: string): { name: string; type: 'S' | 'N' | 'B' } | undefined => {
      const element = schema.find((entry) => entry.KeyType === type);
      return element === undefined ? undefined : { name: element.AttributeName, type: types.get(element.AttributeName) ?? 'S' };
    };
    const sortKey = key('RANGE');
    const stream = this.streamSettings(name, request['StreamSpecification']);
    const definition: TableDefinition = {
      name,
      arn: `arn:aws:dynamodb:us-east-1:000000000000:table/${name}`,
      id: name,
      createdAt: this.clock.now(),
      keySchema: { partitionKey: key('HASH') as { name: string; type: 'S' }, ...(sortKey === undefined ? {} : { sortKey }) },
      attributeDefinitions: [...types].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
      localIndexes: [],
      globalIndexes: [],
      billingMode: 'PAY_PER_REQUEST',
      ...(stream === undefined ? {} : { stream }),
      sse: { enabled: false },
      tableClass: 'STANDARD',
      deletionProtection: false,
      pointInTimeRecovery: { enabled: false, recoveryPeriodInDays: 35 },
    };
    this.tables.set(name, { definition, items: new Map() });
    return { TableDescription: this.describe(definition) };
  }

  private updateTable(request: Json): unknown {
    const table = this.table(request['TableName']);
    if (request['StreamSpecification'] !== undefined) {
      const { stream: _previous, ...rest } = table.definition;
      const stream = this.streamSettings(table.definition.name, request['StreamSpecification']);
      table.definition = { ...rest, ...(stream === undefined ? {} : { stream }) };
    }
    return { TableDescription: this.describe(table.definition) };
  }

  private deleteTable(request: Json): unknown {
    const table = this.table(request['TableName']);
    this.tables.delete(table.definition.name);
    return { TableDescription: this.describe(table.definition) };
  }

  private updateTimeToLive(request: Json): unknown {
    const table = this.table(request['TableName']);
    const specification = request['TimeToLiveSpecification'] as { Enabled: boolean; AttributeName: string };
    table.definition = { ...table.definition, timeToLive: { attributeName: specification.AttributeName, enabled: specification.Enabled } };
    return { TimeToLiveSpecification: specification };
  }

  private emit(definition: TableDefinition, eventName: ItemChange['eventName'], oldImage: AttributeMap | undefined, newImage: AttributeMap | undefined, userIdentity?: ItemChange['userIdentity']): void {
    const change: ItemChange = {
      table: definition,
      eventName,
      keys: keysOf(definition, (newImage ?? oldImage) as AttributeMap),
      ...(oldImage === undefined ? {} : { oldImage }),
      ...(newImage === undefined ? {} : { newImage }),
      time: this.clock.now(),
      ...(userIdentity === undefined ? {} : { userIdentity }),
    };
    for (const listener of this.listeners) listener(change);
  }

  private conditionHolds(table: FakeTable, condition: unknown, existing: AttributeMap | undefined): boolean {
    if (condition === undefined) return true;
    if (condition === `attribute_not_exists(${table.definition.keySchema.partitionKey.name})`) return existing === undefined;
    throw SimulatorError.validation(`The fake engine does not understand the condition ${JSON.stringify(condition)}`);
  }

  private write(table: FakeTable, item: AttributeMap | undefined, key: AttributeMap): AttributeMap | undefined {
    const id = keyString(table.definition, key);
    const before = table.items.get(id);
    if (item === undefined) {
      if (before === undefined) return undefined;
      table.items.delete(id);
      this.emit(table.definition, 'REMOVE', before, undefined);
    } else {
      const stored = cloneItem(item);
      table.items.set(id, stored);
      this.emit(table.definition, before === undefined ? 'INSERT' : 'MODIFY', before, stored);
    }
    return before;
  }

  private putItem(request: Json): unknown {
    const table = this.table(request['TableName']);
    const item = request['Item'] as AttributeMap;
    const existing = table.items.get(keyString(table.definition, item));
    if (!this.conditionHolds(table, request['ConditionExpression'], existing)) {
      const extras = request['ReturnValuesOnConditionCheckFailure'] === 'ALL_OLD' && existing !== undefined ? { Item: cloneItem(existing) } : {};
      throw new SimulatorError('ConditionalCheckFailedException', 'The conditional request failed', extras);
    }
    const before = this.write(table, item, item);
    return request['ReturnValues'] === 'ALL_OLD' && before !== undefined ? { Attributes: cloneItem(before) } : {};
  }

  private getItem(request: Json): unknown {
    const table = this.table(request['TableName']);
    const item = table.items.get(keyString(table.definition, request['Key'] as AttributeMap));
    return item === undefined ? {} : { Item: cloneItem(item) };
  }

  private deleteItem(request: Json): unknown {
    const table = this.table(request['TableName']);
    const before = this.write(table, undefined, request['Key'] as AttributeMap);
    return request['ReturnValues'] === 'ALL_OLD' && before !== undefined ? { Attributes: cloneItem(before) } : {};
  }

  private batchWrite(request: Json): unknown {
    for (const [name, writes] of Object.entries(request['RequestItems'] as Json)) {
      const table = this.table(name);
      for (const entry of writes as { PutRequest?: { Item: AttributeMap }; DeleteRequest?: { Key: AttributeMap } }[]) {
        if (entry.PutRequest !== undefined) this.write(table, entry.PutRequest.Item, entry.PutRequest.Item);
        else if (entry.DeleteRequest !== undefined) this.write(table, undefined, entry.DeleteRequest.Key);
      }
    }
    return { UnprocessedItems: {} };
  }

  private batchGet(request: Json): unknown {
    const responses: Record<string, AttributeMap[]> = {};
    for (const [name, keys] of Object.entries(request['RequestItems'] as Json)) {
      const table = this.table(name);
      responses[name] = [];
      for (const key of (keys as { Keys: AttributeMap[] }).Keys) {
        const item = table.items.get(keyString(table.definition, key));
        if (item !== undefined) responses[name].push(cloneItem(item));
      }
    }
    return { Responses: responses, UnprocessedKeys: {} };
  }

  private transactWrite(request: Json): unknown {
    const actions = request['TransactItems'] as { Put?: Json; Delete?: Json }[];
    const reasons = actions.map((action) => {
      const body = action.Put ?? action.Delete ?? {};
      const table = this.table(body['TableName']);
      const key = (action.Put?.['Item'] ?? body['Key']) as AttributeMap;
      const existing = table.items.get(keyString(table.definition, key));
      if (this.conditionHolds(table, body['ConditionExpression'], existing)) return { Code: 'None' };
      return { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(body['ReturnValuesOnConditionCheckFailure'] === 'ALL_OLD' && existing !== undefined ? { Item: cloneItem(existing) } : {}) };
    });
    if (reasons.some((reason) => reason.Code !== 'None')) {
      throw new SimulatorError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`, { CancellationReasons: reasons });
    }
    for (const action of actions) {
      if (action.Put !== undefined) this.write(this.table(action.Put['TableName']), action.Put['Item'] as AttributeMap, action.Put['Item'] as AttributeMap);
      if (action.Delete !== undefined) this.write(this.table(action.Delete['TableName']), undefined, action.Delete['Key'] as AttributeMap);
    }
    return {};
  }
}
