/**
 * Query and Scan requests: every sort key condition, filters, projections, Limit,
 * ScanIndexForward, Select, ConsistentRead, indexes and parallel scans. The runner follows
 * LastEvaluatedKey itself, so pagination is exercised whenever a Limit is set.
 */
import fc from 'fast-check';
import type { ReadOrder, Step } from '../support/step.js';
import type { Value } from './attribute-values.js';
import { conditionOf } from './conditions.js';
import { ExpressionWriter, type Path } from './expression-writer.js';
import { keyValue, valueOfType } from './items.js';
import { consistentRead, defined, optional, returnConsumedCapacity, writeOptionalCondition, writeProjection } from './request-options.js';
import { projectionOf } from './single-item-steps.js';
import type { KeyAttribute, TableShape } from './table-shapes.js';

const select = optional(fc.constantFrom('ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'), 3);
const limit = optional(fc.integer({ min: 1, max: 4 }));

type SortCondition =
  | { readonly compare: '=' | '<' | '<=' | '>' | '>='; readonly value: Value }
  | { readonly between: readonly [Value, Value] }
  | { readonly beginsWith: Value };

function sortConditionOf(attribute: KeyAttribute): fc.Arbitrary<SortCondition | undefined> {
  const value = valueOfType(attribute.type);
  return optional(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ compare: fc.constantFrom('=', '<', '<=', '>', '>='), value }) },
      { weight: 1, arbitrary: fc.tuple(value, value).map((between): SortCondition => ({ between })) },
      { weight: 1, arbitrary: value.map((beginsWith): SortCondition => ({ beginsWith })) },
    ),
    4,
  );
}

const keyPath = (name: string, placeholders: boolean): Path => ({ segments: [name], placeholders, bare: false });

function writeSortCondition(writer: ExpressionWriter, path: Path, condition: SortCondition): string {
  const name = writer.path(path);
  if ('compare' in condition) return `${name} ${condition.compare} ${writer.value(condition.value)}`;
  if ('between' in condition) return `${name} BETWEEN ${writer.value(condition.between[0])} AND ${writer.value(condition.between[1])}`;
  return `begins_with(${name}, ${writer.value(condition.beginsWith)})`;
}

interface ReadTarget {
  readonly indexName?: string;
  readonly hash: KeyAttribute;
  readonly range?: KeyAttribute;
  readonly global: boolean;
}

function targetsOf(shape: TableShape): ReadTarget[] {
  return [
    { hash: shape.hash, ...(shape.range === undefined ? {} : { range: shape.range }), global: false },
    ...shape.indexes.map((index) => ({ indexName: index.name, hash: index.hash, ...(index.range === undefined ? {} : { range: index.range }), global: index.global })),
  ];
}

/** How answers of a read may legitimately differ in order (see Step). */
function orderOf(target: ReadTarget, projected: boolean): ReadOrder {
  if (target.indexName === undefined) return { kind: 'exact' };
  if (target.range === undefined || projected) return { kind: 'unordered' };
  return { kind: 'grouped', by: target.range.name };
}

export function queryStep(shape: TableShape): fc.Arbitrary<Step> {
  return fc.constantFrom(...targetsOf(shape)).chain((target) =>
    fc
      .record({
        partition: fc.oneof({ weight: 8, arbitrary: keyValue(target.hash.type) }, { weight: 1, arbitrary: valueOfType(target.hash.type === 'S' ? 'N' : 'S') }),
        sort: target.range === undefined ? fc.constant(undefined) : sortConditionOf(target.range),
        sortFirst: fc.boolean(),
        placeholders: fc.boolean(),
        filter: optional(conditionOf(shape), 3),
        projection: optional(projectionOf(shape), 3),
        select, limit, consistent: consistentRead, capacity: returnConsumedCapacity,
        forward: optional(fc.boolean()),
      })
      .map(({ partition, sort, sortFirst, placeholders, filter, projection, select: selectValue, limit: limitValue, consistent, capacity, forward }): Step => {
        const writer = new ExpressionWriter();
        const parts = [`${writer.path(keyPath(target.hash.name, placeholders))} = ${writer.value(partition)}`];
        if (sort !== undefined && target.range !== undefined) parts.push(writeSortCondition(writer, keyPath(target.range.name, placeholders), sort));
        if (sortFirst) parts.reverse();
        const KeyConditionExpression = parts.join(' AND ');
        const FilterExpression = writeOptionalCondition(writer, filter);
        const ProjectionExpression = writeProjection(writer, projection);
        return {
          operation: 'Query',
          input: defined({
            TableName: shape.name, IndexName: target.indexName, KeyConditionExpression, FilterExpression, ProjectionExpression, ...writer.members(),
            Select: selectValue, Limit: limitValue, ConsistentRead: consistent, ScanIndexForward: forward, ReturnConsumedCapacity: capacity,
          }),
          read: { order: orderOf(target, projection !== undefined || selectValue === 'COUNT') },
        };
      }),
  );
}

export function scanStep(shape: TableShape): fc.Arbitrary<Step> {
  return fc.constantFrom(...targetsOf(shape)).chain((target) =>
    fc
      .record({
        filter: optional(conditionOf(shape), 3),
        projection: optional(projectionOf(shape), 3),
        select, limit, consistent: consistentRead, capacity: returnConsumedCapacity,
        segments: optional(fc.integer({ min: 1, max: 4 }), 4),
      })
      .map(({ filter, projection, select: selectValue, limit: limitValue, consistent, capacity, segments }): Step => {
        const writer = new ExpressionWriter();
        const FilterExpression = writeOptionalCondition(writer, filter);
        const ProjectionExpression = writeProjection(writer, projection);
        return {
          operation: 'Scan',
          input: defined({
            TableName: shape.name, IndexName: target.indexName, FilterExpression, ProjectionExpression, ...writer.members(),
            Select: selectValue, Limit: limitValue, ConsistentRead: consistent, ReturnConsumedCapacity: capacity,
          }),
          read: { order: { kind: 'unordered' }, ...(segments === undefined ? {} : { segments }) },
        };
      }),
  );
}
