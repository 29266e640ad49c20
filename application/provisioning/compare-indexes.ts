/**
 * The key schema part of a verification: the table's keys and every secondary index (keys,
 * projection, and the throughput of global indexes on a provisioned table), by the spec's paths.
 * Index lists are compared by name; non-key attributes of a projection as sets.
 */
import type { BillingSpec, IndexProjection, KeyAttribute, TableSpec } from '../../domain/tables/table-spec.js';
import type { AttributeDefinition, GlobalSecondaryIndexDescription, KeySchemaElement, LocalSecondaryIndexDescription, Projection, TableDescription } from '../../ports/dynamo-db-table-types.js';
import { compareValue, drift, type Drift } from './table-drift.js';
import { reportedBillingMode } from './table-shape.js';

type AttributeTypes = ReadonlyMap<string, string>;

function attributeTypes(definitions: readonly AttributeDefinition[] | undefined): AttributeTypes {
  return new Map((definitions ?? []).map((definition) => [definition.AttributeName, definition.AttributeType]));
}

function keyNamed(schema: readonly KeySchemaElement[] | undefined, keyType: 'HASH' | 'RANGE'): string | undefined {
  return schema?.find((element) => element.KeyType === keyType)?.AttributeName;
}

function compareKey(drifts: Drift[], path: string, expected: KeyAttribute | undefined, actualName: string | undefined, types: AttributeTypes): void {
  compareValue(drifts, `${path}.name`, expected?.name ?? null, actualName);
  // A type only means something once the names agree.
  if (expected !== undefined && actualName === expected.name) compareValue(drifts, `${path}.type`, expected.type, types.get(actualName));
}

function sortedNonKeyAttributes(attributes: readonly string[] | undefined): readonly string[] {
  return [...(attributes ?? [])].sort();
}

function compareProjection(drifts: Drift[], path: string, expected: IndexProjection, actual: Projection | undefined): void {
  compareValue(drifts, `${path}.type`, expected.type, actual?.ProjectionType);
  if (expected.type === 'INCLUDE' || actual?.ProjectionType === 'INCLUDE') {
    compareValue(drifts, `${path}.nonKeyAttributes`, sortedNonKeyAttributes(expected.type === 'INCLUDE' ? expected.nonKeyAttributes : []), sortedNonKeyAttributes(actual?.NonKeyAttributes));
  }
}

/** Only when both are provisioned: a billing mode drift already covers the indexes. */
function compareIndexThroughput(drifts: Drift[], path: string, billing: BillingSpec, table: TableDescription, actual: GlobalSecondaryIndexDescription): void {
  if (billing.mode !== 'PROVISIONED' || reportedBillingMode(table) !== 'PROVISIONED') return;
  compareValue(drifts, `${path}.billing.readCapacityUnits`, billing.readCapacityUnits, actual.ProvisionedThroughput?.ReadCapacityUnits);
  compareValue(drifts, `${path}.billing.writeCapacityUnits`, billing.writeCapacityUnits, actual.ProvisionedThroughput?.WriteCapacityUnits);
}

function byName<T extends LocalSecondaryIndexDescription>(indexes: readonly T[] | undefined): Map<string, T> {
  return new Map((indexes ?? []).flatMap((index) => (index.IndexName === undefined ? [] : [[index.IndexName, index] as const])));
}

/** Presence both ways: what the spec lacks and what the table lacks. */
function compareIndexNames(drifts: Drift[], kind: string, expected: readonly { readonly name: string }[], actual: ReadonlyMap<string, unknown>): void {
  const wanted = new Set(expected.map((index) => index.name));
  for (const name of wanted) if (!actual.has(name)) drifts.push(drift(`${kind}.${name}`, 'present', 'absent'));
  for (const name of actual.keys()) if (!wanted.has(name)) drifts.push(drift(`${kind}.${name}`, 'absent', 'present'));
}

export function compareKeysAndIndexes(spec: TableSpec, table: TableDescription): Drift[] {
  const drifts: Drift[] = [];
  const types = attributeTypes(table.AttributeDefinitions);
  compareKey(drifts, 'partitionKey', spec.partitionKey, keyNamed(table.KeySchema, 'HASH'), types);
  compareKey(drifts, 'sortKey', spec.sortKey, keyNamed(table.KeySchema, 'RANGE'), types);

  const globals = byName(table.GlobalSecondaryIndexes);
  compareIndexNames(drifts, 'globalSecondaryIndexes', spec.globalSecondaryIndexes, globals);
  for (const index of spec.globalSecondaryIndexes) {
    const actual = globals.get(index.name);
    if (actual === undefined) continue;
    const path = `globalSecondaryIndexes.${index.name}`;
    compareKey(drifts, `${path}.partitionKey`, index.partitionKey, keyNamed(actual.KeySchema, 'HASH'), types);
    compareKey(drifts, `${path}.sortKey`, index.sortKey, keyNamed(actual.KeySchema, 'RANGE'), types);
    compareProjection(drifts, `${path}.projection`, index.projection, actual.Projection);
    compareIndexThroughput(drifts, path, spec.billing, table, actual);
  }

  const locals = byName(table.LocalSecondaryIndexes);
  compareIndexNames(drifts, 'localSecondaryIndexes', spec.localSecondaryIndexes, locals);
  for (const index of spec.localSecondaryIndexes) {
    const actual = locals.get(index.name);
    if (actual === undefined) continue;
    const path = `localSecondaryIndexes.${index.name}`;
    compareKey(drifts, `${path}.sortKey`, index.sortKey, keyNamed(actual.KeySchema, 'RANGE'), types);
    compareProjection(drifts, `${path}.projection`, index.projection, actual.Projection);
  }
  return drifts;
}
