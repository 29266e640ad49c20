/**
 * What a request is about, for spans and metric labels: the tables it touches and the span
 * attributes of the integration module (table, pk, sk, consistent_read, condition, update_expr,
 * index, limit, segment, total_segments, item_count, put_count, delete_count, tables). Expressions
 * are recorded as written, with their placeholders; attribute values never are, except the key
 * values `pk` and `sk` (which can be turned off).
 */
import type { Key } from '../../ports/document-value.js';
import type { InputOf, OperationName } from '../../ports/dynamo-db-operations.js';
import type { TelemetryValue } from '../../ports/telemetry.js';
import type { KeySchemaCatalog } from './key-schema-catalog.js';
import { keyValueLabel } from './key-value-label.js';

export interface RequestSummary {
  /** Every table the request touches, sorted, without repeats. */
  readonly tables: readonly string[];
  /** The `table` label of metrics: the table, or the tables joined by commas ('' for none). */
  readonly table: string;
  readonly attributes: Record<string, TelemetryValue>;
}

type Attributes = Record<string, TelemetryValue>;

function set(attributes: Attributes, name: string, value: TelemetryValue | undefined): void {
  if (value !== undefined) attributes[name] = value;
}

function sorted(tables: Iterable<string>): string[] {
  return [...new Set(tables)].sort();
}

class Summarizer {
  readonly #catalog: KeySchemaCatalog;
  readonly #keyValues: boolean;

  constructor(catalog: KeySchemaCatalog, keyValues: boolean) {
    this.#catalog = catalog;
    this.#keyValues = keyValues;
  }

  /** pk and sk of a key (or an item), when the table's key schema is known or the key has one attribute. */
  keyAttributes(attributes: Attributes, table: string, key: Key | undefined): void {
    if (!this.#keyValues || key === undefined) return;
    const schema = this.#catalog.of(table);
    if (schema !== undefined) {
      set(attributes, 'pk', keyValueLabel(key[schema.partitionKey]));
      if (schema.sortKey !== undefined) set(attributes, 'sk', keyValueLabel(key[schema.sortKey]));
      return;
    }
    const names = Object.keys(key);
    if (names.length === 1 && names[0] !== undefined) set(attributes, 'pk', keyValueLabel(key[names[0]]));
  }

  /** The partition key value a Query asks for: `<pk> = :value` in the key condition. */
  queryPartitionKey(attributes: Attributes, input: InputOf<'Query'>): void {
    const schema = this.#catalog.of(input.TableName, input.IndexName);
    if (!this.#keyValues || schema === undefined) return;
    const legacy = input.KeyConditions?.[schema.partitionKey]?.AttributeValueList?.[0];
    if (legacy !== undefined) {
      set(attributes, 'pk', keyValueLabel(legacy));
      return;
    }
    for (const match of (input.KeyConditionExpression ?? '').matchAll(/(#?[\w.-]+)\s*=\s*(:[\w-]+)/g)) {
      const [, operand = '', placeholder = ''] = match;
      const name = operand.startsWith('#') ? input.ExpressionAttributeNames?.[operand] : operand;
      if (name === schema.partitionKey) {
        set(attributes, 'pk', keyValueLabel(input.ExpressionAttributeValues?.[placeholder]));
        return;
      }
    }
  }

  summarize(operation: OperationName, input: unknown): RequestSummary {
    const attributes: Attributes = {};
    const tables = this.#describe(operation, input, attributes);
    const table = tables.join(',');
    if (tables.length === 1) attributes['table'] = table;
    else if (tables.length > 1) attributes['tables'] = table;
    return { tables, table, attributes };
  }

  #describe(operation: OperationName, input: unknown, attributes: Attributes): string[] {
    switch (operation) {
      case 'GetItem': {
        const get = input as InputOf<'GetItem'>;
        this.keyAttributes(attributes, get.TableName, get.Key);
        attributes['consistent_read'] = get.ConsistentRead ?? false;
        return [get.TableName];
      }
      case 'PutItem':
      case 'UpdateItem':
      case 'DeleteItem': {
        const write = input as InputOf<'PutItem'> & InputOf<'UpdateItem'>;
        this.keyAttributes(attributes, write.TableName, operation === 'PutItem' ? write.Item : write.Key);
        set(attributes, 'condition', write.ConditionExpression);
        set(attributes, 'update_expr', write.UpdateExpression);
        return [write.TableName];
      }
      case 'Query':
      case 'Scan': {
        const read = input as InputOf<'Query'> & InputOf<'Scan'>;
        set(attributes, 'index', read.IndexName);
        set(attributes, 'limit', read.Limit);
        set(attributes, 'segment', read.Segment);
        set(attributes, 'total_segments', read.TotalSegments);
        if (operation === 'Query') this.queryPartitionKey(attributes, read);
        return [read.TableName];
      }
      case 'BatchGetItem': {
        const requests = Object.entries((input as InputOf<'BatchGetItem'>).RequestItems);
        attributes['item_count'] = requests.reduce((sum, [, request]) => sum + request.Keys.length, 0);
        return sorted(requests.map(([table]) => table));
      }
      case 'BatchWriteItem': {
        const requests = Object.entries((input as InputOf<'BatchWriteItem'>).RequestItems);
        const writes = requests.flatMap(([, list]) => list);
        const puts = writes.filter((write) => 'PutRequest' in write).length;
        attributes['put_count'] = puts;
        attributes['delete_count'] = writes.length - puts;
        return sorted(requests.map(([table]) => table));
      }
      case 'TransactGetItems': {
        const items = (input as InputOf<'TransactGetItems'>).TransactItems;
        attributes['item_count'] = items.length;
        return sorted(items.map((item) => item.Get.TableName));
      }
      case 'TransactWriteItems': {
        const items = (input as InputOf<'TransactWriteItems'>).TransactItems;
        attributes['item_count'] = items.length;
        attributes['put_count'] = items.filter((item) => 'Put' in item).length;
        attributes['delete_count'] = items.filter((item) => 'Delete' in item).length;
        return sorted(items.map((item) => ('Put' in item ? item.Put : 'Delete' in item ? item.Delete : 'Update' in item ? item.Update : item.ConditionCheck).TableName));
      }
      case 'ListTables':
        set(attributes, 'limit', (input as InputOf<'ListTables'>).Limit);
        return [];
      default:
        return [(input as { TableName: string }).TableName];
    }
  }
}

export function createRequestSummarizer(catalog: KeySchemaCatalog, includeKeyValues: boolean): (operation: OperationName, input: unknown) => RequestSummary {
  const summarizer = new Summarizer(catalog, includeKeyValues);
  return (operation, input) => summarizer.summarize(operation, input);
}
