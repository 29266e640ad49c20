/**
 * The rules DynamoDB applies to the key schema of a table, a local index and a global index at
 * CreateTable (and to a new global index at UpdateTable), with its messages.
 */
import { SimulatorError } from '../simulator-error.js';
import { invalidParameter } from './invalid-parameter.js';
import { javaHashSetOrder } from './java-hash-set-order.js';
import type { KeySchemaElementRequest } from './table-requests.js';

/** `Keys: [...], AttributeDefinitions: [...]` when a key attribute has no definition; undefined if all are defined. */
export function undefinedKeyAttributes(keys: readonly KeySchemaElementRequest[], definedNames: readonly string[]): SimulatorError | undefined {
  const names = keys.map((key) => key.AttributeName);
  if (names.every((name) => definedNames.includes(name))) return undefined;
  return invalidParameter(
    `Some index key attributes are not defined in AttributeDefinitions. Keys: [${javaHashSetOrder(names).join(', ')}], AttributeDefinitions: [${javaHashSetOrder(definedNames).join(', ')}]`,
  );
}

/** The table's own key: one HASH, then optionally one RANGE on another attribute, all defined. */
export function checkTableKeySchema(keys: readonly KeySchemaElementRequest[], definedNames: readonly string[]): void {
  const [first, second] = keys;
  if (first === undefined) return;
  if (second === undefined) {
    const undefinedKeys = undefinedKeyAttributes(keys, definedNames);
    if (undefinedKeys !== undefined) throw undefinedKeys;
  } else if (
    keys.some((key) => !definedNames.includes(key.AttributeName)) ||
    (first.AttributeName === second.AttributeName && definedNames.length === 1)
  ) {
    throw SimulatorError.validation('Invalid KeySchema: Some index key attribute have no definition');
  }
  checkTwoElementForm(keys);
}

/** HASH first, RANGE second, on two different attributes. */
function checkTwoElementForm(keys: readonly KeySchemaElementRequest[]): void {
  const [first, second] = keys;
  if (first === undefined) return;
  if (second !== undefined && first.AttributeName === second.AttributeName) {
    throw SimulatorError.validation('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  }
  if (first.KeyType !== 'HASH') throw SimulatorError.validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (second !== undefined && second.KeyType !== 'RANGE') {
    throw SimulatorError.validation('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
  }
}

/** A local index: the table's partition key and a sort key of its own. */
export function checkLocalIndexKeySchema(indexName: string, keys: readonly KeySchemaElementRequest[], tablePartitionKey: string): void {
  checkTwoElementForm(keys);
  if (keys.length !== 2) throw invalidParameter(`Index KeySchema does not have a range key for index: ${indexName}`);
  const indexPartitionKey = keys[0]?.AttributeName ?? '';
  if (indexPartitionKey !== tablePartitionKey) {
    throw invalidParameter(
      `Index KeySchema does not have the same leading hash key as table KeySchema for index: ${indexName}. index hash key: ${indexPartitionKey}, table hash key: ${tablePartitionKey}`,
    );
  }
}

const MOST_KEY_ATTRIBUTES_PER_TYPE = 4;

/**
 * A global index: DynamoDB accepts up to four HASH and four RANGE attributes (multi-attribute
 * keys); the simulator's engine supports one of each, so a valid multi-attribute key is refused
 * with a message that says so.
 */
export function checkGlobalIndexKeySchema(keys: readonly KeySchemaElementRequest[]): void {
  if (keys[0]?.KeyType !== 'HASH') throw SimulatorError.validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (keys.length === 2 && keys[0].AttributeName === keys[1]?.AttributeName && keys[1].KeyType === 'RANGE') {
    throw SimulatorError.validation('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  }
  const hashCount = keys.filter((key) => key.KeyType === 'HASH').length;
  const rangeCount = keys.length - hashCount;
  if (hashCount > MOST_KEY_ATTRIBUTES_PER_TYPE) throw invalidParameter('The KeySchema exceeds the maximum allowed number of HASH key attributes');
  if (rangeCount > MOST_KEY_ATTRIBUTES_PER_TYPE) throw invalidParameter('The KeySchema exceeds the maximum allowed number of RANGE key attributes');
  if (keys.findIndex((key) => key.KeyType === 'RANGE') < hashCount && rangeCount > 0) {
    throw invalidParameter('All HASH key attributes must precede RANGE key attributes in the KeySchema');
  }
  if (new Set(keys.map((key) => key.AttributeName)).size !== keys.length) {
    throw SimulatorError.validation('The KeySchema contains multiple key attributes with the same name');
  }
  if (hashCount > 1 || rangeCount > 1) {
    throw invalidParameter('Multi-attribute keys (more than one HASH or RANGE attribute) are not supported by the simulator');
  }
}
