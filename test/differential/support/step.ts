/**
 * One operation of a generated sequence: the request as the SDK takes it, and for Query and Scan
 * how to read and compare the answer. DynamoDB defines the order of a base table's Query; an
 * index Query orders by the index sort key but leaves items with equal index keys in any order;
 * a Scan (and its segments) has no defined order at all.
 */
export type ReadOrder =
  | { readonly kind: 'exact' }
  | { readonly kind: 'grouped'; readonly by: string }
  | { readonly kind: 'unordered' };

export interface ReadPlan {
  readonly order: ReadOrder;
  /** A parallel scan over this many segments, each read to its end. */
  readonly segments?: number;
}

export interface Step {
  readonly operation: string;
  readonly input: Readonly<Record<string, unknown>>;
  /** Query and Scan: follow LastEvaluatedKey to the end and compare as `order` says. */
  readonly read?: ReadPlan;
}
