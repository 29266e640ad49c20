/**
 * One spelling per number, so that requests that DynamoDB reads as the same number (`7.50`,
 * `007.5`, `75E-1`) match one another. Text that is not a number is left as it is: such a
 * request fails at DynamoDB, and must still match exactly what was recorded.
 */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Plain notation within these adjusted exponents, scientific outside (as short and readable). */
const PLAIN_MIN = -20;
const PLAIN_MAX = 40;

export function canonicalNumber(text: string): string {
  const parts = DECIMAL.exec(text);
  if (parts === null) return text;
  const [, sign = '', whole = '', fraction = '', exponentText] = parts;
  if (whole === '' && fraction === '') return text;
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (digits === '') return '0';
  let exponent = Number(exponentText ?? '0') - fraction.length;
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  const negative = sign === '-' ? '-' : '';
  const adjusted = digits.length - 1 + exponent;
  if (adjusted < PLAIN_MIN || adjusted > PLAIN_MAX) {
    const mantissa = digits.length > 1 ? `${digits.charAt(0)}.${digits.slice(1)}` : digits;
    return `${negative}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }
  if (exponent >= 0) return `${negative}${digits}${'0'.repeat(exponent)}`;
  const point = digits.length + exponent;
  if (point > 0) return `${negative}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${negative}0.${'0'.repeat(-point)}${digits}`;
}
