/**
 * The iteration order of a java.util.HashMap holding the given string keys, inserted in the given
 * order. DynamoDB lists unused placeholders in that order (`keys: {#z, #a, #b}`), so matching
 * its messages means replaying the JDK's String.hashCode, hash spreading and table sizing.
 */
function javaStringHash(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

export function javaHashOrder(keys: readonly string[], entries = keys.length): string[] {
  let capacity = 16;
  while (entries > capacity * 0.75) capacity *= 2;
  const bucket = (key: string): number => {
    const hash = javaStringHash(key);
    return (hash ^ (hash >>> 16)) & (capacity - 1);
  };
  // Array.prototype.sort is stable: keys in one bucket keep their insertion order, as in the JDK.
  return keys.map((key) => ({ key, bucket: bucket(key) })).sort((a, b) => a.bucket - b.bucket).map((entry) => entry.key);
}
