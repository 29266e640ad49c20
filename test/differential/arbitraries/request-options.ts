/** Request members that many operations share, each left out now and then. */
import fc from 'fast-check';
import type { Condition } from './conditions.js';
import { writeCondition } from './conditions.js';
import type { ExpressionWriter, Path } from './expression-writer.js';

export const optional = <T>(arbitrary: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq });

export const returnConsumedCapacity = optional(fc.constantFrom('NONE', 'TOTAL', 'INDEXES'));
export const returnItemCollectionMetrics = optional(fc.constantFrom('NONE', 'SIZE'), 4);
export const consistentRead = optional(fc.boolean());

/** Members whose value is undefined are left out, so that requests print as they are sent. */
export function defined(members: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined));
}

export function writeProjection(writer: ExpressionWriter, paths: readonly Path[] | undefined): string | undefined {
  return paths === undefined ? undefined : paths.map((path) => writer.path(path)).join(', ');
}

export function writeOptionalCondition(writer: ExpressionWriter, condition: Condition | undefined): string | undefined {
  return condition === undefined ? undefined : writeCondition(writer, condition);
}
