/**
 * Java's BigDecimal(String) syntax, which DynamoDB uses for numbers (probed on DynamoDB Local):
 * an optional sign, decimal digits with at most one dot and at least one digit, then optionally
 * `e` or `E`, an optional sign and exponent digits. Digits may be any Unicode decimal digit of
 * the Basic Multilingual Plane (Java tests one UTF-16 unit at a time, so `𝟏` is not a digit).
 * The exponent may have at most 10 digits after leading zeros and must fit a Java int, and so
 * must the scale (fraction digits minus exponent); anything else is not a number.
 */

export interface Decimal {
  readonly negative: boolean;
  /** Significant digits, ASCII, without leading or trailing zeros; empty for zero. */
  readonly digits: string;
  /** value = digits × 10^-strippedScale (Java's scale after stripTrailingZeros). */
  readonly strippedScale: number;
}

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_DOT = 46;
const CHAR_PLUS = 43;
const CHAR_MINUS = 45;
const CHAR_E_LOWER = 101;
const CHAR_E_UPPER = 69;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const MAX_EXPONENT_DIGITS = 10;

const decimalDigit = /\p{Nd}/u;

/**
 * The value of a character as a decimal digit, or -1. Unicode keeps every run of decimal digits
 * as whole, ascending 0-9 sequences, so a digit's value is its distance from the start of its
 * run, modulo 10.
 */
export function digitValue(code: number): number {
  if (code >= CHAR_0 && code <= CHAR_9) return code - CHAR_0;
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff) || !decimalDigit.test(String.fromCharCode(code))) return -1;
  let start = code;
  while (start > 0 && decimalDigit.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}

/** Rewrites non-ASCII decimal digits as ASCII ones, so that the parser below only sees ASCII. */
function asciiDigits(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const value = code >= 0x80 ? digitValue(code) : -1;
    result += value >= 0 ? String.fromCharCode(CHAR_0 + value) : text.charAt(index);
  }
  return result;
}

function hasNonAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return true;
  return false;
}

/** Parses a number as Java's BigDecimal does; undefined when it is not one. */
export function parseDecimal(input: string): Decimal | undefined {
  const text = hasNonAscii(input) ? asciiDigits(input) : input;
  const length = text.length;
  let index = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === CHAR_MINUS || first === CHAR_PLUS) {
    negative = first === CHAR_MINUS;
    index = 1;
  }
  let dotSeen = false;
  let digitCount = 0;
  let fractionDigits = 0;
  let firstSignificant = -1;
  let lastSignificant = -1;
  let dotIndex = -1;
  // Zero digits after the last significant one: stripped from the unscaled value.
  let trailingZeros = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= CHAR_0 && code <= CHAR_9) {
      digitCount++;
      if (dotSeen) fractionDigits++;
      if (code === CHAR_0) trailingZeros++;
      else {
        if (firstSignificant < 0) firstSignificant = index;
        lastSignificant = index;
        trailingZeros = 0;
      }
    } else if (code === CHAR_DOT) {
      if (dotSeen) return undefined;
      dotSeen = true;
      dotIndex = index;
    } else break;
  }
  if (digitCount === 0) return undefined;
  const exponent = index < length ? parseExponent(text, index) : 0;
  if (exponent === undefined) return undefined;
  const scale = fractionDigits - exponent;
  if (scale > INT_MAX || scale < INT_MIN) return undefined;
  if (firstSignificant < 0) return { negative: false, digits: '', strippedScale: 0 };
  const digits = dotIndex > firstSignificant && dotIndex < lastSignificant
    ? text.slice(firstSignificant, dotIndex) + text.slice(dotIndex + 1, lastSignificant + 1)
    : text.slice(firstSignificant, lastSignificant + 1);
  return { negative, digits, strippedScale: scale - trailingZeros };
}

/** The exponent after `e`/`E` at `index`, or undefined when Java would refuse it. */
function parseExponent(text: string, index: number): number | undefined {
  const marker = text.charCodeAt(index);
  if (marker !== CHAR_E_LOWER && marker !== CHAR_E_UPPER) return undefined;
  index++;
  const sign = text.charCodeAt(index);
  const negative = sign === CHAR_MINUS;
  if (negative || sign === CHAR_PLUS) index++;
  if (index >= text.length) return undefined;
  // Java skips leading zeros only while more than 10 digits remain.
  while (text.length - index > MAX_EXPONENT_DIGITS && text.charCodeAt(index) === CHAR_0) index++;
  if (text.length - index > MAX_EXPONENT_DIGITS) return undefined;
  let value = 0;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < CHAR_0 || code > CHAR_9) return undefined;
    value = value * 10 + code - CHAR_0;
  }
  const exponent = negative ? -value : value;
  return exponent > INT_MAX || exponent < INT_MIN ? undefined : exponent;
}
