/**
 * DynamoDB orders strings by their UTF-8 bytes, which differs from JavaScript's UTF-16 order
 * for characters beyond U+FFFF (and from localeCompare everywhere).
 */
const encoder = new TextEncoder();

export function compareUtf8(left: string, right: string): number {
  const a = encoder.encode(left);
  const b = encoder.encode(right);
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
