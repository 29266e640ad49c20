/**
 * Sort-key conditions of a KeyConditionExpression: comparisons, BETWEEN (low never above high:
 * DynamoDB rejects that) and, for string keys, begins_with. Generic over the key's type so that
 * the table's number sort key and the index's string sort key share one vocabulary.
 */
import fc from 'fast-check';
import type { Comparator } from './condition.js';
import type { ExpressionBuilder } from './expression-builder.js';

export type KeyComparator = Exclude<Comparator, '<>'>;

export type SortKeyCondition<T extends string | number> =
  | { readonly kind: 'compare'; readonly comparator: KeyComparator; readonly value: T }
  | { readonly kind: 'between'; readonly low: T; readonly high: T }
  | { readonly kind: 'begins-with'; readonly prefix: string };

export type KeyOrder<T> = (left: T, right: T) => number;

export function sortKeyConditionArbitrary<T extends string | number>(
  pool: readonly T[],
  order: KeyOrder<T>,
  prefixes: readonly string[],
): fc.Arbitrary<SortKeyCondition<T>> {
  const value = fc.constantFrom(...pool);
  return fc.oneof(
    fc.record({ kind: fc.constant('compare' as const), comparator: fc.constantFrom<KeyComparator>('=', '<', '<=', '>', '>='), value }),
    fc.tuple(value, value).map(([a, b]): SortKeyCondition<T> => (order(a, b) <= 0 ? { kind: 'between', low: a, high: b } : { kind: 'between', low: b, high: a })),
    ...(prefixes.length === 0 ? [] : [fc.constantFrom(...prefixes).map((prefix): SortKeyCondition<T> => ({ kind: 'begins-with', prefix }))]),
  );
}

function comparisonHolds(difference: number, comparator: KeyComparator): boolean {
  switch (comparator) {
    case '=': return difference === 0;
    case '<': return difference < 0;
    case '<=': return difference <= 0;
    case '>': return difference > 0;
    case '>=': return difference >= 0;
  }
}

export function sortKeyHolds<T extends string | number>(condition: SortKeyCondition<T>, value: T, order: KeyOrder<T>): boolean {
  switch (condition.kind) {
    case 'compare': return comparisonHolds(order(value, condition.value), condition.comparator);
    case 'between': return order(condition.low, value) <= 0 && order(value, condition.high) <= 0;
    case 'begins-with': return typeof value === 'string' && value.startsWith(condition.prefix);
  }
}

export function renderKeyCondition<T extends string | number>(
  partition: { readonly attribute: string; readonly value: string },
  sortAttribute: string,
  condition: SortKeyCondition<T> | null,
  builder: ExpressionBuilder,
): string {
  const partitionPart = `${builder.name(partition.attribute)} = ${builder.value(partition.value)}`;
  if (condition === null) return partitionPart;
  const sort = builder.name(sortAttribute);
  switch (condition.kind) {
    case 'compare': return `${partitionPart} AND ${sort} ${condition.comparator} ${builder.value(condition.value)}`;
    case 'between': return `${partitionPart} AND ${sort} BETWEEN ${builder.value(condition.low)} AND ${builder.value(condition.high)}`;
    case 'begins-with': return `${partitionPart} AND begins_with(${sort}, ${builder.value(condition.prefix)})`;
  }
}

export function describeSortKeyCondition<T extends string | number>(attribute: string, condition: SortKeyCondition<T> | null): string {
  if (condition === null) return '';
  switch (condition.kind) {
    case 'compare': return ` and ${attribute} ${condition.comparator} ${JSON.stringify(condition.value)}`;
    case 'between': return ` and ${attribute} between ${JSON.stringify(condition.low)} and ${JSON.stringify(condition.high)}`;
    case 'begins-with': return ` and begins_with(${attribute}, ${JSON.stringify(condition.prefix)})`;
  }
}
