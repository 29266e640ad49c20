/**
 * The order in which a Java HashSet<String> iterates: DynamoDB prints some name lists in its
 * messages straight from such sets (`Keys: [...]`, `keys used: [...]`), so the simulator lists
 * them in the same order.
 */

/** Java's String.hashCode over UTF-16 code units, as a 32-bit integer. */
export function javaStringHash(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

/** The buckets a HashSet grows to: it doubles from 16 whenever it would pass 3/4 full. */
function tableSize(count: number): number {
  let size = 16;
  while (count > size * 0.75) size *= 2;
  return size;
}

/** The distinct names in HashSet iteration order (by bucket, then by insertion within a bucket). */
export function javaHashSetOrder(names: Iterable<string>): string[] {
  const distinct = [...new Set(names)];
  const mask = tableSize(distinct.length) - 1;
  const bucketOf = (name: string): number => {
    const hash = javaStringHash(name);
    return (hash ^ (hash >>> 16)) & mask;
  };
  return distinct
    .map((name, position) => ({ name, position, bucket: bucketOf(name) }))
    .sort((left, right) => left.bucket - right.bucket || left.position - right.position)
    .map((entry) => entry.name);
}
