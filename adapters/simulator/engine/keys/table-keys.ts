/**
 * Validation of keys and of the key attributes of items, as DynamoDB does it before it touches
 * the table: a Key parameter must name exactly the table's key attributes with the right types;
 * an item must carry them; key values must be non-empty and within the size limits; index key
 * attributes, when present, must have the index's types.
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { attributeTypeOf } from '../../values/attribute-type.js';
import { keySize, MAX_PARTITION_KEY_SIZE, MAX_SORT_KEY_SIZE } from '../../values/key-codec.js';
import { itemSize } from '../../values/item-size.js';
import { ITEM_CONTEXT, validateAndCanonicalizeItem } from '../../values/validate-attribute-value.js';
import { checkItemSize } from '../writes/item-size-limit.js';
import { SimulatorError } from '../../simulator-error.js';
import { javaHashSetOrder } from '../../tables/java-hash-set-order.js';
import type { IndexDefinition, KeyAttribute, KeySchema, TableDefinition } from '../table-definition.js';
import {
  emptyIndexKeyValue,
  emptyKeyValue,
  HASH_KEY_TOO_LARGE,
  indexKeyTooLarge,
  indexKeyTypeMismatch,
  INVALID_KEY_VALUE_TYPE,
  KEY_SCHEMA_MISMATCH,
  keyTypeMismatch,
  missingKeyInItem,
  nestedKeyAccess,
  RANGE_KEY_TOO_LARGE,
  updatedIndexKeyEmpty,
} from './key-messages.js';


function isKeyType(value: AttributeValue): boolean {
  return 'S' in value || 'N' in value || 'B' in value;
}

function isEmpty(value: AttributeValue): boolean {
  return ('S' in value && value.S.length === 0) || ('B' in value && value.B.length === 0);
}

function keyAttributes(schema: KeySchema): readonly KeyAttribute[] {
  return schema.sortKey === undefined ? [schema.partitionKey] : [schema.partitionKey, schema.sortKey];
}

/** `keyParameter`: a Key over 400 KB as a whole is refused as an oversized item first (probed on DynamoDB Local). */
function checkKeySizes(schema: KeySchema, key: AttributeMap, keyParameter = false): void {
  const hashTooLarge = keySize(key[schema.partitionKey.name] as AttributeValue) > MAX_PARTITION_KEY_SIZE;
  const rangeTooLarge = schema.sortKey !== undefined && keySize(key[schema.sortKey.name] as AttributeValue) > MAX_SORT_KEY_SIZE;
  if (!hashTooLarge && !rangeTooLarge) return;
  if (keyParameter) checkItemSize(itemSize(key));
  throw SimulatorError.validation(hashTooLarge ? HASH_KEY_TOO_LARGE : RANGE_KEY_TOO_LARGE);
}

/**
 * A Key parameter (GetItem, UpdateItem, DeleteItem, batch and transaction keys) as a fresh
 * canonical map holding exactly the table's key attributes.
 */
export function validateKey(definition: TableDefinition, raw: unknown): AttributeMap {
  return keyFromValues(definition, validateKeyValues(raw));
}

/**
 * The values of a Key parameter checked and made canonical on their own, before any table is
 * known (the batch operations check every key's values before they look at the tables).
 */
export function validateKeyValues(raw: unknown): AttributeMap {
  if (typeof raw !== 'object' || raw === null) throw SimulatorError.validation(KEY_SCHEMA_MISMATCH);
  return validateAndCanonicalizeItem(raw, ITEM_CONTEXT);
}

/** A key whose values validateKeyValues accepted, held against the table's key schema. */
export function keyFromValues(definition: TableDefinition, given: AttributeMap): AttributeMap {
  const schema = definition.keySchema;
  const attributes = keyAttributes(schema);
  let count = 0;
  for (const name in given) if (given[name] !== undefined) count += 1;
  if (count !== attributes.length) throw SimulatorError.validation(KEY_SCHEMA_MISMATCH);
  const key: Record<string, AttributeValue> = {};
  for (const attribute of attributes) {
    const value = given[attribute.name];
    if (value === undefined) throw SimulatorError.validation(KEY_SCHEMA_MISMATCH);
    key[attribute.name] = value;
  }
  for (const attribute of attributes) {
    const value = key[attribute.name] as AttributeValue;
    if (!isKeyType(value)) throw SimulatorError.validation(INVALID_KEY_VALUE_TYPE);
    if (!(attribute.type in value)) throw SimulatorError.validation(KEY_SCHEMA_MISMATCH);
    if (isEmpty(value)) throw SimulatorError.validation(emptyKeyValue(attribute.name, attribute.type));
  }
  checkKeySizes(schema, key, true);
  return key;
}

/** Checks the key attributes of a whole item (PutItem, a transaction's Put, a batch's PutRequest). */
export function validateItemKeys(definition: TableDefinition, item: AttributeMap): void {
  const schema = definition.keySchema;
  for (const attribute of keyAttributes(schema)) {
    const value = item[attribute.name];
    if (value === undefined) throw SimulatorError.validation(missingKeyInItem(attribute.name));
    if (!isKeyType(value)) throw SimulatorError.validation(INVALID_KEY_VALUE_TYPE);
    if (!(attribute.type in value)) throw SimulatorError.validation(keyTypeMismatch(attribute.name, attribute.type, attributeTypeOf(value)));
    if (isEmpty(value)) throw SimulatorError.validation(emptyKeyValue(attribute.name, attribute.type));
  }
  checkKeySizes(schema, item);
  validateIndexKeys(definition, item);
}

/**
 * Index key attributes an item carries must have the index's types, be non-empty and fit. An
 * update that empties an index key gets its own message.
 */
export function validateIndexKeys(definition: TableDefinition, item: AttributeMap, byUpdate = false): void {
  for (const index of indexesInCheckOrder(definition)) {
    const { partitionKey, sortKey } = index.keySchema;
    for (const attribute of sortKey === undefined ? [partitionKey] : [partitionKey, sortKey]) {
      const value = item[attribute.name];
      if (value === undefined) continue;
      if (!isKeyType(value)) throw SimulatorError.validation(INVALID_KEY_VALUE_TYPE);
      // An update that empties an index key is told so even when the value also has the wrong type.
      if (byUpdate && isEmpty(value)) throw SimulatorError.validation(updatedIndexKeyEmpty(attributeTypeOf(value) === 'B' ? 'B' : 'S'));
      if (!(attribute.type in value)) throw SimulatorError.validation(indexKeyTypeMismatch(attribute.name, attribute.type, attributeTypeOf(value), index.name));
      if (isEmpty(value)) throw SimulatorError.validation(emptyIndexKeyValue(attribute.name, attribute.type, index.name));
      const limit = attribute === partitionKey ? MAX_PARTITION_KEY_SIZE : MAX_SORT_KEY_SIZE;
      const size = keySize(value);
      if (size > limit) throw SimulatorError.validation(indexKeyTooLarge(attribute.name, size, limit, index.name));
    }
  }
}

const checkOrders = new WeakMap<TableDefinition, readonly IndexDefinition[]>();

/**
 * DynamoDB checks the local indexes, then the global ones, each in the order of a
 * java.util.HashMap keyed by index name (probed on DynamoDB Local).
 */
function indexesInCheckOrder(definition: TableDefinition): readonly IndexDefinition[] {
  let ordered = checkOrders.get(definition);
  if (ordered === undefined) {
    const inHashOrder = (indexes: readonly IndexDefinition[]): IndexDefinition[] => {
      const byName = new Map(indexes.map((index) => [index.name, index]));
      return javaHashSetOrder(byName.keys()).map((name) => byName.get(name) as IndexDefinition);
    };
    ordered = [...inHashOrder(definition.localIndexes), ...inHashOrder(definition.globalIndexes)];
    checkOrders.set(definition, ordered);
  }
  return ordered;
}

/**
 * Refuses map lookups and list elements on key attributes, as DynamoDB does in every expression:
 * the table's key attributes first, then the indexes' in the order DynamoDB checks index keys.
 */
export function checkScalarKeyPaths(definition: TableDefinition, nestedNames: ReadonlySet<string> | undefined): void {
  const refusal = scalarKeyPathsRefusal(definition, nestedNames);
  if (refusal !== undefined) throw refusal;
}

/** The error checkScalarKeyPaths would throw, if any. */
export function scalarKeyPathsRefusal(definition: TableDefinition, nestedNames: ReadonlySet<string> | undefined): SimulatorError | undefined {
  if (nestedNames === undefined || nestedNames.size === 0) return undefined;
  for (const attribute of keyAttributes(definition.keySchema)) {
    if (nestedNames.has(attribute.name)) return SimulatorError.validation(nestedKeyAccess('Key', attribute.name));
  }
  for (const index of indexesInCheckOrder(definition)) {
    for (const attribute of keyAttributes(index.keySchema)) {
      if (nestedNames.has(attribute.name)) return SimulatorError.validation(nestedKeyAccess('IndexKey', attribute.name));
    }
  }
  return undefined;
}

/** The table's key attributes of an item. */
export function keyOf(definition: TableDefinition, item: AttributeMap): AttributeMap {
  const { partitionKey, sortKey } = definition.keySchema;
  const key: Record<string, AttributeValue> = { [partitionKey.name]: item[partitionKey.name] as AttributeValue };
  if (sortKey !== undefined) key[sortKey.name] = item[sortKey.name] as AttributeValue;
  return key;
}

/** Whether an attribute name is one of the table's key attributes. */
export function isTableKeyAttribute(definition: TableDefinition, name: string): boolean {
  return definition.keySchema.partitionKey.name === name || definition.keySchema.sortKey?.name === name;
}
