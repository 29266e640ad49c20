/**
 * Orders strings by their UTF-8 bytes, as DynamoDB does, without encoding them. UTF-8 order is
 * code point order; UTF-16 code unit order agrees with it except that surrogates (U+D800-U+DFFF,
 * which encode code points above U+FFFF) sort below U+E000-U+FFFF. Shifting both ranges at the
 * first difference restores code point order.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const length = a.length < b.length ? a.length : b.length;
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
