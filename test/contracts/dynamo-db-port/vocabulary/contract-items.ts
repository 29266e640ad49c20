/**
 * Keys and items. Keys come from small pools so that commands keep meeting the same items;
 * the pools put number order (-7 < -1.5 < 2 < 10) and UTF-8 order ('ｚ' U+FF5A before '𝒜'
 * U+1D49C, unlike UTF-16) in view. Every non-key attribute keeps one type, so that the
 * vocabulary's conditions and updates have a plain meaning:
 *   v: a small version number; n: a counter; tags, nums, bins: string, number and binary sets;
 *   list: a list; doc: any document value; flag: a boolean; bin: a binary;
 *   gpk and gsk (composite table only): the index's keys, each present or not (a sparse index).
 */
import fc from 'fast-check';
import type { DocumentValue, Item, Key, SetValue } from '../../../../ports/document-value.js';
import type { TableRole } from '../contract-tables.js';
import { keyOf } from '../contract-tables.js';
import { canonicalString } from '../values/normalize-value.js';
import { bytesArbitrary, documentValueArbitrary } from './document-value-arbitrary.js';

export const PARTITION_KEYS: readonly string[] = ['a', 'ü𝒜'];
export const SORT_KEYS: readonly number[] = [-7, -1.5, -0.25, 0, 2, 10];
export const IDS: readonly string[] = ['k1', 'k2', 'k3', 'ü𝒜'];
export const INDEX_PARTITION_KEYS: readonly string[] = ['g1', 'g2'];
export const INDEX_SORT_KEYS: readonly string[] = ['a', 'B', 'aa', 'é', 'ｚ', '𝒜'];

export type SetAttribute = 'tags' | 'nums' | 'bins';
export const SET_ATTRIBUTES: readonly SetAttribute[] = ['tags', 'nums', 'bins'];

const SET_POOLS: Readonly<Record<SetAttribute, readonly (() => string | number | Uint8Array)[]>> = {
  tags: ['red', 'green', '', 'ü'].map((tag) => () => tag),
  nums: [-1.5, 0, 0.1, 2, 1_000_000].map((number) => () => number),
  // Fresh arrays each time: equal bytes in distinct objects are still one set element.
  bins: [[], [0], [1, 2], [255]].map((bytes) => () => new Uint8Array(bytes)),
};

/** A non-empty set of the attribute's type, from a small pool so that ADD and DELETE overlap. */
export function setValueArbitrary(attribute: SetAttribute): fc.Arbitrary<SetValue> {
  return fc.subarray([...SET_POOLS[attribute]], { minLength: 1 }).map((makers) => new Set(makers.map((make) => make())) as SetValue);
}

export const versionArbitrary: fc.Arbitrary<number> = fc.integer({ min: 0, max: 3 });
export const counterArbitrary: fc.Arbitrary<number> = fc.integer({ min: -20, max: 20 });
export const listArbitrary: fc.Arbitrary<DocumentValue[]> = fc.array(documentValueArbitrary, { maxLength: 3 });

export const NON_KEY_ATTRIBUTES = {
  v: versionArbitrary,
  n: counterArbitrary,
  tags: setValueArbitrary('tags'),
  nums: setValueArbitrary('nums'),
  bins: setValueArbitrary('bins'),
  list: listArbitrary,
  doc: documentValueArbitrary,
  flag: fc.boolean(),
  bin: bytesArbitrary,
} satisfies Record<string, fc.Arbitrary<DocumentValue>>;

export type NonKeyAttribute = keyof typeof NON_KEY_ATTRIBUTES;
export const NON_KEY_ATTRIBUTE_NAMES = Object.keys(NON_KEY_ATTRIBUTES) as NonKeyAttribute[];

const keyArbitraries: Readonly<Record<TableRole, fc.Arbitrary<Key>>> = {
  composite: fc.record({ pk: fc.constantFrom(...PARTITION_KEYS), sk: fc.constantFrom(...SORT_KEYS) }),
  simple: fc.record({ id: fc.constantFrom(...IDS) }),
};

export function keyArbitrary(role: TableRole): fc.Arbitrary<Key> {
  return keyArbitraries[role];
}

const attributesArbitrary = fc.record(NON_KEY_ATTRIBUTES, { requiredKeys: [] });
const indexAttributesArbitrary = fc.record(
  { gpk: fc.constantFrom(...INDEX_PARTITION_KEYS), gsk: fc.constantFrom(...INDEX_SORT_KEYS) },
  { requiredKeys: [] },
);

/** A whole item: the key, any subset of the non-key attributes, and (composite) index keys. */
export function itemArbitrary(role: TableRole): fc.Arbitrary<Item> {
  const extras = role === 'composite' ? indexAttributesArbitrary : fc.constant({});
  return fc.tuple(keyArbitrary(role), attributesArbitrary, extras).map(([key, attributes, index]): Item => ({ ...attributes, ...index, ...key }));
}

export const roleArbitrary: fc.Arbitrary<TableRole> = fc.constantFrom<TableRole>('composite', 'simple');

export interface TableKey {
  readonly role: TableRole;
  readonly key: Key;
}

export const tableKeyArbitrary: fc.Arbitrary<TableKey> = fc.oneof(
  keyArbitrary('composite').map((key): TableKey => ({ role: 'composite', key })),
  keyArbitrary('simple').map((key): TableKey => ({ role: 'simple', key })),
);

export interface TableItem {
  readonly role: TableRole;
  readonly item: Item;
}

export const tableItemArbitrary: fc.Arbitrary<TableItem> = fc.oneof(
  itemArbitrary('composite').map((item): TableItem => ({ role: 'composite', item })),
  itemArbitrary('simple').map((item): TableItem => ({ role: 'simple', item })),
);

/** Composite items that are mostly in the index, for the index's properties. */
export const indexedItemArbitrary: fc.Arbitrary<TableItem> = fc
  .tuple(itemArbitrary('composite'), fc.constantFrom(...INDEX_PARTITION_KEYS), fc.constantFrom(...INDEX_SORT_KEYS), fc.integer({ min: 0, max: 4 }))
  .map(([item, gpk, gsk, draw]): TableItem => ({ role: 'composite', item: draw === 0 ? item : { ...item, gpk, gsk } }));

export const compositeItemArbitrary: fc.Arbitrary<TableItem> = itemArbitrary('composite').map((item): TableItem => ({ role: 'composite', item }));

/** The items a run starts with: up to `max` of them, no key twice. */
export function initialItemsArbitrary(source: fc.Arbitrary<TableItem>, max: number): fc.Arbitrary<TableItem[]> {
  return fc.uniqueArray(source, { maxLength: max, selector: ({ role, item }) => `${role}:${canonicalString(keyOf(role, item))}` });
}
