/**
 * Item values in the document shape of @aws-sdk/lib-dynamodb: plain JavaScript values that the
 * SDK's own marshaller (@aws-sdk/util-dynamodb) converts to DynamoDB's typed attribute values.
 * Declared here, not imported, so that the ports stay free of the AWS SDK.
 */

/**
 * A number kept as its decimal string, for values a JavaScript number cannot hold exactly.
 * Only instances of lib-dynamodb's `NumberValue` class (re-exported by this package) marshal as
 * numbers; a plain object with a `value` field is a map.
 */
export interface NumberValue {
  readonly value: string;
  toString(): string;
}

/** Binary attribute values (B). */
export type BinaryValue = Uint8Array;

export type ScalarValue = string | number | bigint | boolean | null | NumberValue | BinaryValue;

/** String, number and binary sets (SS, NS, BS): non-empty and without duplicates. */
export type SetValue =
  | ReadonlySet<string>
  | ReadonlySet<number | bigint | NumberValue>
  | ReadonlySet<BinaryValue>;

export type DocumentValue = ScalarValue | SetValue | readonly DocumentValue[] | DocumentMap;

export interface DocumentMap {
  readonly [attribute: string]: DocumentValue;
}

/** A whole item: attribute names to values. */
export type Item = Readonly<Record<string, DocumentValue>>;

/** A primary key: the partition key attribute and, for composite keys, the sort key attribute. */
export type Key = Readonly<Record<string, DocumentValue>>;
