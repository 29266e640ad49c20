/** A string that identifies one item of one table, for duplicate checks across a request. */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { encodeKeyValue } from '../../values/key-codec.js';
import type { TableDefinition } from '../table-definition.js';

export function keyFingerprint(definition: TableDefinition, key: AttributeMap): string {
  const { partitionKey, sortKey } = definition.keySchema;
  const partition = encodeKeyValue(key[partitionKey.name] as AttributeValue);
  const sort = sortKey === undefined ? '' : encodeKeyValue(key[sortKey.name] as AttributeValue);
  return `${definition.name}\u0000${String(partition.length)}\u0000${partition}\u0000${sort}`;
}
