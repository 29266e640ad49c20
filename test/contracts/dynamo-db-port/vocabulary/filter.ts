/** FilterExpressions of Query and Scan, applied by DynamoDB after Limit has counted the items read. */
import fc from 'fast-check';
import type { Item } from '../../../../ports/document-value.js';
import type { Comparator } from './condition.js';
import { versionHolds } from './condition.js';
import type { NonKeyAttribute } from './contract-items.js';
import { NON_KEY_ATTRIBUTE_NAMES, versionArbitrary } from './contract-items.js';
import type { ExpressionBuilder } from './expression-builder.js';

export type Filter =
  | { readonly kind: 'version'; readonly comparator: Comparator; readonly version: number }
  | { readonly kind: 'has'; readonly attribute: NonKeyAttribute }
  | { readonly kind: 'lacks'; readonly attribute: NonKeyAttribute };

const attribute = fc.constantFrom(...NON_KEY_ATTRIBUTE_NAMES);

export const filterArbitrary: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({ kind: fc.constant('version' as const), comparator: fc.constantFrom<Comparator>('=', '<>', '<', '<=', '>', '>='), version: versionArbitrary }),
  fc.record({ kind: fc.constant('has' as const), attribute }),
  fc.record({ kind: fc.constant('lacks' as const), attribute }),
);

export function filterHolds(filter: Filter | null, item: Item): boolean {
  if (filter === null) return true;
  switch (filter.kind) {
    case 'version': return versionHolds(item, filter.comparator, filter.version);
    case 'has': return item[filter.attribute] !== undefined;
    case 'lacks': return item[filter.attribute] === undefined;
  }
}

export function renderFilter(filter: Filter, builder: ExpressionBuilder): string {
  switch (filter.kind) {
    case 'version': return `${builder.name('v')} ${filter.comparator} ${builder.value(filter.version)}`;
    case 'has': return `attribute_exists(${builder.name(filter.attribute)})`;
    case 'lacks': return `attribute_not_exists(${builder.name(filter.attribute)})`;
  }
}

export function describeFilter(filter: Filter | null): string {
  if (filter === null) return '';
  switch (filter.kind) {
    case 'version': return ` filter v ${filter.comparator} ${filter.version}`;
    case 'has': return ` filter has ${filter.attribute}`;
    case 'lacks': return ` filter lacks ${filter.attribute}`;
  }
}
