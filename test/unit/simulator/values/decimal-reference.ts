/**
 * An independent model of DynamoDB numbers for the tests: exact rationals numerator / 10^scale,
 * built from a coefficient and an exponent or from a plain digit string, plus number texts in
 * every spelling Java's BigDecimal accepts.
 */
import fc from 'fast-check';

export interface Rational {
  readonly numerator: bigint;
  /** value = numerator / 10^scale */
  readonly scale: number;
}

export function rational(coefficient: bigint, exponent: number): Rational {
  return exponent >= 0 ? { numerator: coefficient * 10n ** BigInt(exponent), scale: 0 } : { numerator: coefficient, scale: -exponent };
}

const plain = /^(-?)(\d+)(?:\.(\d+))?$/;

export function fromPlain(text: string): Rational {
  const match = plain.exec(text);
  if (match === null) throw new Error(`not a plain number: ${text}`);
  const fraction = match[3] ?? '';
  const numerator = BigInt(`${match[2] ?? ''}${fraction}`);
  return { numerator: match[1] === '-' ? -numerator : numerator, scale: fraction.length };
}

export function compareRationals(a: Rational, b: Rational): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.numerator * 10n ** BigInt(scale - a.scale);
  const y = b.numerator * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addRationals(a: Rational, b: Rational): Rational {
  const scale = Math.max(a.scale, b.scale);
  return { numerator: a.numerator * 10n ** BigInt(scale - a.scale) + b.numerator * 10n ** BigInt(scale - b.scale), scale };
}

export function negate(a: Rational): Rational {
  return { numerator: -a.numerator, scale: a.scale };
}

/** Significant digits and the exponent of the first one; undefined for zero. */
export function shape(value: Rational): { readonly precision: number; readonly exponent: number } | undefined {
  if (value.numerator === 0n) return undefined;
  let digits = (value.numerator < 0n ? -value.numerator : value.numerator).toString();
  const length = digits.length;
  digits = digits.replace(/0+$/, '');
  return { precision: digits.length, exponent: length - 1 - value.scale };
}

/** The error DynamoDB gives for a value, or undefined when it is storable. */
export function limitError(value: Rational): string | undefined {
  const s = shape(value);
  if (s === undefined) return undefined;
  if (s.precision > 38) return 'DynamoDB only supports precision up to 38 digits';
  if (s.exponent > 125) return 'Number overflow. Attempting to store a number with magnitude larger than supported range';
  if (s.exponent < -130) return 'Number underflow. Attempting to store a number with magnitude smaller than supported range';
  return undefined;
}

export const canonicalShape = /^(?:0|-?(?:[1-9]\d*|[1-9]\d*\.\d*[1-9]|0\.\d*[1-9]))$/;

/** A coefficient of up to 38 digits and an exponent that keeps it mostly within range. */
export const decimalParts = fc.record({
  coefficient: fc.oneof(fc.bigInt({ min: -999n, max: 999n }), fc.bigInt({ min: -(10n ** 38n) + 1n, max: 10n ** 38n - 1n })),
  exponent: fc.oneof(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -130, max: 88 })),
});

/** The same value spelled in one of the many ways DynamoDB accepts. */
export const spelledDecimal = fc
  .record({
    parts: decimalParts,
    leadingZeros: fc.nat({ max: 3 }),
    fractionDigits: fc.nat({ max: 45 }),
    trailingZeros: fc.nat({ max: 3 }),
    marker: fc.constantFrom('e', 'E', 'e+', 'E-0'),
    plus: fc.boolean(),
  })
  .map(({ parts, leadingZeros, fractionDigits, trailingZeros, marker, plus }) => {
    const negative = parts.coefficient < 0n;
    let mantissa = '0'.repeat(leadingZeros) + (negative ? -parts.coefficient : parts.coefficient).toString();
    mantissa = mantissa.padStart(mantissa.length + Math.max(0, fractionDigits - mantissa.length), '0');
    const cut = mantissa.length - fractionDigits;
    const withDot = fractionDigits === 0 && trailingZeros === 0 ? mantissa : `${mantissa.slice(0, cut)}.${mantissa.slice(cut)}${'0'.repeat(trailingZeros)}`;
    const exponent = parts.exponent + fractionDigits;
    const exponentText = marker === 'E-0' ? `E${exponent < 0 ? '-' : '+'}0${Math.abs(exponent)}` : `${marker}${exponent}`.replace('+-', '-');
    const sign = negative ? '-' : plus ? '+' : '';
    const text = exponent === 0 && marker === 'e' ? `${sign}${withDot}` : `${sign}${withDot}${exponentText}`;
    return { text, value: rational(parts.coefficient, parts.exponent) };
  });

/** Canonical numbers, by way of the reference: plain digit strings of in-range values. */
export function plainOf(value: Rational): string {
  if (value.numerator === 0n) return '0';
  const negative = value.numerator < 0n;
  let digits = (negative ? -value.numerator : value.numerator).toString();
  let scale = value.scale;
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

export const canonicalDecimal = decimalParts
  .map(({ coefficient, exponent }) => rational(coefficient, exponent))
  .filter((value) => limitError(value) === undefined)
  .map(plainOf);
