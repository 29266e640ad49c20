/** DynamoDB's rules for an index projection, with its messages. */
import { invalidParameter } from './invalid-parameter.js';
import type { ProjectionRequest } from './table-requests.js';
import { given } from './table-requests.js';

export function checkProjection(projection: ProjectionRequest): void {
  const type = projection.ProjectionType;
  if (!given(type)) throw invalidParameter('Unknown ProjectionType: null');
  const nonKeyAttributes = projection.NonKeyAttributes;
  if (type === 'INCLUDE') {
    if (!given(nonKeyAttributes)) throw invalidParameter('ProjectionType is INCLUDE, but NonKeyAttributes is not specified');
    const seen = new Set<string>();
    for (const name of nonKeyAttributes) {
      if (seen.has(name)) throw invalidParameter(`Duplicate element in NonKeyAttributes: ${name}`);
      seen.add(name);
    }
  } else if (given(nonKeyAttributes)) {
    throw invalidParameter(`ProjectionType is ${type}, but NonKeyAttributes is specified`);
  }
}

/** NonKeyAttributes summed over every index, each index counting its own (DynamoDB's limit is 100). */
export const MOST_PROJECTED_ATTRIBUTES = 100;

export function projectedAttributeCount(projections: readonly ProjectionRequest[]): number {
  return projections.reduce((total, projection) => total + (projection.ProjectionType === 'INCLUDE' ? (projection.NonKeyAttributes?.length ?? 0) : 0), 0);
}
