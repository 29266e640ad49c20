/**
 * ExclusiveStartKey of a Query or Scan: the table's key attributes, plus the index's for an index
 * read, with the right types; anything else is refused with DynamoDB's messages.
 */
import { SimulatorError } from '../../simulator-error.js';
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { ITEM_CONTEXT, validateAndCanonicalizeItem } from '../../values/validate-attribute-value.js';
import { emptyKeyValue } from '../keys/key-messages.js';
import type { IndexDefinition, KeyAttribute, TableDefinition } from '../table-definition.js';

export const STARTING_KEY_INVALID = 'The provided starting key is invalid';
const SIZE_MISMATCH = "Exclusive Start Key must have same size as table's key schema";
const TYPE_MISMATCH = `${STARTING_KEY_INVALID}: The provided key element does not match the schema`;

function attributesOf(definition: TableDefinition, index: IndexDefinition | undefined): { readonly table: readonly KeyAttribute[]; readonly all: readonly KeyAttribute[] } {
  const { partitionKey, sortKey } = definition.keySchema;
  const table = sortKey === undefined ? [partitionKey] : [partitionKey, sortKey];
  if (index === undefined) return { table, all: table };
  const all = [...table];
  for (const attribute of [index.keySchema.partitionKey, index.keySchema.sortKey]) {
    if (attribute !== undefined && !all.some((known) => known.name === attribute.name)) all.push(attribute);
  }
  return { table, all };
}

export function validateExclusiveStartKey(definition: TableDefinition, index: IndexDefinition | undefined, raw: unknown): AttributeMap | undefined {
  if (raw === undefined || raw === null) return undefined;
  const key = validateAndCanonicalizeItem(raw, ITEM_CONTEXT);
  const { all } = attributesOf(definition, index);
  const count = Object.keys(key).length;
  // An empty key is invalid; for a global index, so is any key without exactly its attributes;
  // otherwise the count is checked first (probed on DynamoDB Local).
  if (count === 0) throw SimulatorError.validation(STARTING_KEY_INVALID);
  if (index?.kind === 'global' && (count !== all.length || all.some((attribute) => key[attribute.name] === undefined))) throw SimulatorError.validation(STARTING_KEY_INVALID);
  if (count !== all.length) throw SimulatorError.validation(SIZE_MISMATCH);
  for (const attribute of all) {
    const value: AttributeValue | undefined = key[attribute.name];
    if (value === undefined) throw SimulatorError.validation(STARTING_KEY_INVALID);
    if (!(attribute.type in value)) throw SimulatorError.validation(TYPE_MISMATCH);
    if (('S' in value && value.S.length === 0) || ('B' in value && value.B.length === 0)) {
      throw SimulatorError.validation(`${STARTING_KEY_INVALID}: ${emptyKeyValue(attribute.name, attribute.type)}`);
    }
  }
  return key;
}
