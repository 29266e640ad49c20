/**
 * What an index holds of an item: everything (ALL), or the table's and the index's key
 * attributes plus the INCLUDE list; and whether the item belongs in the index at all (it needs
 * every index key attribute, with the index's types: indexes are sparse).
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { freezeDerived } from '../freeze-item.js';
import type { IndexDefinition, KeyAttribute, KeySchema } from '../table-definition.js';

/** The index key value of an item, or undefined when the item lacks it or has another type. */
export function indexKeyValue(item: AttributeMap, attribute: KeyAttribute): AttributeValue | undefined {
  const value = item[attribute.name];
  return value !== undefined && attribute.type in value ? value : undefined;
}

export function belongsToIndex(index: IndexDefinition, item: AttributeMap): boolean {
  const { partitionKey, sortKey } = index.keySchema;
  return indexKeyValue(item, partitionKey) !== undefined && (sortKey === undefined || indexKeyValue(item, sortKey) !== undefined);
}

/** The attribute names an index projects, or undefined for ALL. */
export function projectedNames(index: IndexDefinition, tableKeys: KeySchema): readonly string[] | undefined {
  const { projection, keySchema } = index;
  if (projection.type === 'ALL') return undefined;
  const names = new Set<string>([tableKeys.partitionKey.name, keySchema.partitionKey.name]);
  if (tableKeys.sortKey !== undefined) names.add(tableKeys.sortKey.name);
  if (keySchema.sortKey !== undefined) names.add(keySchema.sortKey.name);
  if (projection.type === 'INCLUDE') for (const name of projection.nonKeyAttributes) names.add(name);
  return [...names];
}

/** The item as the index stores it (the item itself for ALL), frozen. */
export function projectItem(names: readonly string[] | undefined, item: AttributeMap): AttributeMap {
  if (names === undefined) return item;
  const projected: Record<string, AttributeValue> = {};
  for (const name of names) {
    const value = item[name];
    if (value !== undefined) projected[name] = value;
  }
  return freezeDerived(projected, item);
}
