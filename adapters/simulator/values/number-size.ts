/**
 * DynamoDB's size of a canonical number in bytes, pinned on DynamoDB Local's 400 KB boundary: one
 * byte, plus one per base-100 digit from the most to the least significant non-zero one (digits
 * paired around the decimal point: `101` is 01|01, two; `1000` is 10|00, one; `0.123` is .12|30,
 * two), plus one for a negative number unless it already has the full 20 base-100 digits (the
 * layout of Oracle's NUMBER, which caps every number at 21 bytes). Zero is one byte.
 */
const MAX_PAIRS = 20;

export function numberSize(canonical: string): number {
  const length = canonical.length;
  const negative = canonical.charCodeAt(0) === 45;
  let dot = canonical.indexOf('.');
  if (dot < 0) dot = length;
  let first = negative ? 1 : 0;
  while (first < length && (canonical.charCodeAt(first) === 48 || canonical.charCodeAt(first) === 46)) first++;
  if (first === length) return 1;
  let last = length - 1;
  while (canonical.charCodeAt(last) === 48 || canonical.charCodeAt(last) === 46) last--;
  // Decimal positions (10^p) of the first and last significant digits; >> 1 floors towards -∞.
  const high = first < dot ? dot - 1 - first : dot - first;
  const low = last < dot ? dot - 1 - last : dot - last;
  const pairs = (high >> 1) - (low >> 1) + 1;
  return 1 + pairs + (negative && pairs < MAX_PAIRS ? 1 : 0);
}
