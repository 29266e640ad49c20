/**
 * The conditions of conditional writes: a finite vocabulary whose meaning is plain, rendered as
 * a ConditionExpression and evaluated by the model on the item as it was (undefined: absent).
 * Observed on DynamoDB: a comparison with a missing attribute is false, except `<>`, which is
 * true (the values differ).
 */
import fc from 'fast-check';
import type { Item } from '../../../../ports/document-value.js';
import type { ExpressionBuilder } from './expression-builder.js';
import { versionArbitrary } from './contract-items.js';

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { readonly kind: 'exists' }
  | { readonly kind: 'not-exists' }
  | { readonly kind: 'version'; readonly comparator: Comparator; readonly version: number }
  | { readonly kind: 'version-between'; readonly low: number; readonly high: number }
  | { readonly kind: 'new-or-version'; readonly comparator: Comparator; readonly version: number };

const comparatorArbitrary = fc.constantFrom<Comparator>('=', '<>', '<', '<=', '>', '>=');

export const conditionArbitrary: fc.Arbitrary<Condition> = fc.oneof(
  fc.constant<Condition>({ kind: 'exists' }),
  fc.constant<Condition>({ kind: 'not-exists' }),
  fc.record({ kind: fc.constant('version' as const), comparator: comparatorArbitrary, version: versionArbitrary }),
  fc.tuple(versionArbitrary, versionArbitrary).map(([a, b]): Condition => ({ kind: 'version-between', low: Math.min(a, b), high: Math.max(a, b) })),
  fc.record({ kind: fc.constant('new-or-version' as const), comparator: comparatorArbitrary, version: versionArbitrary }),
);

export function compare(left: number, comparator: Comparator, right: number): boolean {
  switch (comparator) {
    case '=': return left === right;
    case '<>': return left !== right;
    case '<': return left < right;
    case '<=': return left <= right;
    case '>': return left > right;
    case '>=': return left >= right;
  }
}

/** A numeric comparison of attribute `v`, as DynamoDB evaluates it when `v` may be missing. */
export function versionHolds(item: Item | undefined, comparator: Comparator, version: number): boolean {
  const actual = item?.['v'];
  if (typeof actual !== 'number') return comparator === '<>';
  return compare(actual, comparator, version);
}

export function conditionHolds(condition: Condition, item: Item | undefined): boolean {
  switch (condition.kind) {
    case 'exists': return item !== undefined;
    case 'not-exists': return item === undefined;
    case 'version': return versionHolds(item, condition.comparator, condition.version);
    case 'version-between': {
      const actual = item?.['v'];
      return typeof actual === 'number' && condition.low <= actual && actual <= condition.high;
    }
    case 'new-or-version': return item === undefined || versionHolds(item, condition.comparator, condition.version);
  }
}

/** The ConditionExpression; `keyAttribute` is the table's partition key, present on every item. */
export function renderCondition(condition: Condition, keyAttribute: string, builder: ExpressionBuilder): string {
  switch (condition.kind) {
    case 'exists': return `attribute_exists(${builder.name(keyAttribute)})`;
    case 'not-exists': return `attribute_not_exists(${builder.name(keyAttribute)})`;
    case 'version': return `${builder.name('v')} ${condition.comparator} ${builder.value(condition.version)}`;
    case 'version-between': return `${builder.name('v')} BETWEEN ${builder.value(condition.low)} AND ${builder.value(condition.high)}`;
    case 'new-or-version':
      return `attribute_not_exists(${builder.name(keyAttribute)}) OR ${builder.name('v')} ${condition.comparator} ${builder.value(condition.version)}`;
  }
}

export function describeCondition(condition: Condition | null): string {
  if (condition === null) return '';
  switch (condition.kind) {
    case 'exists': return ' if exists';
    case 'not-exists': return ' if absent';
    case 'version': return ` if v ${condition.comparator} ${condition.version}`;
    case 'version-between': return ` if v between ${condition.low} and ${condition.high}`;
    case 'new-or-version': return ` if absent or v ${condition.comparator} ${condition.version}`;
  }
}
