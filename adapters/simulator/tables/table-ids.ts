/**
 * Identifiers DynamoDB makes up for a table: the TableId (a version-4 UUID) and the ARN of the
 * AWS managed KMS key. The simulator derives them from a seed so that runs repeat.
 */
import { createHash } from 'node:crypto';

function uuidFromBytes(bytes: Uint8Array): string {
  const hex = Array.from(bytes.subarray(0, 16), (byte, index) => {
    // Version 4, RFC 4122 variant, as DynamoDB's TableIds are.
    const value = index === 6 ? (byte & 0x0f) | 0x40 : index === 8 ? (byte & 0x3f) | 0x80 : byte;
    return value.toString(16).padStart(2, '0');
  }).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A UUID that depends only on `text`. */
export function uuidFor(text: string): string {
  return uuidFromBytes(createHash('sha256').update(text).digest());
}

/** A repeatable sequence of distinct UUIDs. */
export function createTableIdGenerator(seed = 'dynamo-hexagon-simulator'): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    return uuidFor(`${seed}:${counter}`);
  };
}
