/**
 * DynamoDB's size of a canonical number in bytes: about one byte per two significant digits plus
 * one.
 */
export function numberSize(canonical: string): number {
  let digits = 0;
  let seenNonZero = false;
  let trailingZeros = 0;
  for (let index = 0; index < canonical.length; index++) {
    const code = canonical.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    if (code === 48) {
      if (!seenNonZero) continue;
      trailingZeros++;
    } else {
      seenNonZero = true;
      digits += trailingZeros + 1;
      trailingZeros = 0;
    }
  }
  return Math.ceil(digits / 2) + 1;
}
