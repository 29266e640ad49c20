/**
 * DynamoDB numbers as exact decimals: significant digits, a sign and a scientific exponent
 * (value = d.ddd × 10^exponent); arithmetic goes through bigint, never floating point. Canonical
 * numbers are plain digit strings, which is what DynamoDB returns: `007.500` → `7.5`, `1e3` →
 * `1000`, `-0` → `0`, `1E+125` → `1` and 125 zeros, `1E-130` → `0.` 129 zeros `1`.
 *
 * The syntax is Java's BigDecimal, as DynamoDB's is (probed on DynamoDB Local): an optional sign,
 * digits with at most one dot (`.5` and `5.` are numbers), an optional exponent (`e`/`E`, optional
 * sign, at most 10 digits after leading zeros, within a Java int), no spaces, no `0x`, `NaN` or
 * `Infinity`; any Unicode decimal digit of the Basic Multilingual Plane counts (`١` is 1). Then
 * DynamoDB checks, in this order: at most 38 significant digits, the exponent of the first
 * significant digit at most 125 and at least -130.
 */
import { SimulatorError } from '../simulator-error.js';
import { parseDecimal, type Decimal } from './parse-decimal.js';

const MAX_PRECISION = 38;
const MAX_EXPONENT = 125;
const MIN_EXPONENT = -130;
const INT_MIN = -2147483648;

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_1 = 49;
const CHAR_DOT = 46;
const CHAR_MINUS = 45;

export const NOT_A_NUMBER_MESSAGE = 'A value provided cannot be converted into a number';
export const PRECISION_MESSAGE = 'DynamoDB only supports precision up to 38 digits';
export const OVERFLOW_MESSAGE = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
export const UNDERFLOW_MESSAGE = 'Number underflow. Attempting to store a number with magnitude smaller than supported range';

/**
 * DynamoDB computes the exponent in 32-bit arithmetic from the stripped scale, so absurd
 * exponents wrap (`10e2147483647` is an underflow on DynamoDB Local); we do the same. Where
 * DynamoDB Local fails with an InternalFailure (stripping trailing zeros pushes the scale below
 * Java's int range, as in `100e2147483647`) we answer the overflow it is mathematically.
 */
function checkLimits(decimal: Decimal): void {
  const precision = decimal.digits.length;
  if (precision === 0) return;
  if (decimal.strippedScale < INT_MIN) throw SimulatorError.validation(OVERFLOW_MESSAGE);
  if (precision > MAX_PRECISION) throw SimulatorError.validation(PRECISION_MESSAGE);
  const exponent = (precision - decimal.strippedScale - 1) | 0;
  if (exponent > MAX_EXPONENT) throw SimulatorError.validation(OVERFLOW_MESSAGE);
  if (exponent < MIN_EXPONENT) throw SimulatorError.validation(UNDERFLOW_MESSAGE);
}

function format(negative: boolean, digits: string, exponent: number): string {
  if (digits.length === 0) return '0';
  let body: string;
  if (exponent >= digits.length - 1) body = exponent === digits.length - 1 ? digits : digits + '0'.repeat(exponent - digits.length + 1);
  else if (exponent >= 0) body = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  else body = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return negative ? `-${body}` : body;
}

/**
 * True when the text is already a canonical number within DynamoDB's limits, checked in one pass
 * without allocating: numbers from stored items and most requests take this path.
 */
export function isCanonicalNumber(text: string): boolean {
  const length = text.length;
  let index = text.charCodeAt(0) === CHAR_MINUS ? 1 : 0;
  if (index >= length) return false;
  const first = text.charCodeAt(index);
  if (first === CHAR_0) {
    // `0` alone, or `0.` followed by a fraction that ends in a non-zero digit.
    if (index + 1 === length) return index === 0;
    if (text.charCodeAt(index + 1) !== CHAR_DOT) return false;
    index += 2;
    let leadingZeros = 0;
    while (index < length && text.charCodeAt(index) === CHAR_0) {
      index++;
      leadingZeros++;
    }
    if (leadingZeros > -MIN_EXPONENT - 1 || length - index > MAX_PRECISION) return false;
    return allDigitsEndingNonZero(text, index);
  }
  if (first < CHAR_1 || first > CHAR_9) return false;
  const integerStart = index;
  let lastNonZero = index;
  for (index++; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === CHAR_DOT) break;
    if (code < CHAR_0 || code > CHAR_9) return false;
    if (code !== CHAR_0) lastNonZero = index;
  }
  const integerDigits = index - integerStart;
  if (integerDigits > MAX_EXPONENT + 1) return false;
  if (index === length) return lastNonZero - integerStart < MAX_PRECISION;
  return length - integerStart - 1 <= MAX_PRECISION && allDigitsEndingNonZero(text, index + 1);
}

function allDigitsEndingNonZero(text: string, start: number): boolean {
  const length = text.length;
  if (start >= length || text.charCodeAt(length - 1) === CHAR_0) return false;
  for (let index = start; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < CHAR_0 || code > CHAR_9) return false;
  }
  return true;
}

/** Validates a number as DynamoDB does and returns its canonical form. */
export function canonicalNumber(text: string): string {
  if (isCanonicalNumber(text)) return text;
  const decimal = parseDecimal(text);
  if (decimal === undefined) throw SimulatorError.validation(NOT_A_NUMBER_MESSAGE);
  checkLimits(decimal);
  return format(decimal.negative, decimal.digits, decimal.digits.length - decimal.strippedScale - 1);
}

function integerPartLength(text: string, start: number): number {
  const dot = text.indexOf('.', start);
  return (dot < 0 ? text.length : dot) - start;
}

/**
 * Orders canonical numbers without parsing them: with the same sign and the same number of
 * integer digits, plain digit strings compare like the numbers they spell ('.' sorts below the
 * digits, and a shorter string that is a prefix of a longer one is the smaller number).
 */
export function compareNumbers(a: string, b: string): number {
  if (a === b) return 0;
  const aNegative = a.charCodeAt(0) === CHAR_MINUS;
  const bNegative = b.charCodeAt(0) === CHAR_MINUS;
  if (aNegative !== bNegative) return aNegative ? -1 : 1;
  const start = aNegative ? 1 : 0;
  const aInteger = integerPartLength(a, start);
  const bInteger = integerPartLength(b, start);
  let magnitude: number;
  if (aInteger !== bInteger) magnitude = aInteger - bInteger;
  else magnitude = a < b ? -1 : 1;
  return aNegative ? -magnitude : magnitude;
}

/** Digits that double arithmetic keeps exact: sums of two 15-digit integers stay below 2^53. */
const SAFE_DIGITS = 15;

/** Fraction digits of a short canonical number, or -1 when it is too long for the fast path. */
function shortFractionDigits(text: string): number {
  if (text.length > SAFE_DIGITS + 1) return -1;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The digits of a short canonical number as an integer, scaled up by `shift` decimal places. */
function scaledInteger(text: string, shift: number): number {
  let value = 0;
  let index = text.charCodeAt(0) === CHAR_MINUS ? 1 : 0;
  const start = index;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== CHAR_DOT) value = value * 10 + code - CHAR_0;
  }
  value *= 10 ** shift;
  return start === 1 ? -value : value;
}

/**
 * Sums of short numbers (counters, prices) in double arithmetic, exactly: both operands scaled to
 * the same number of fraction digits stay integers below 10^15. Undefined when they may not.
 */
function shortSum(a: string, b: string, negateB: boolean): string | undefined {
  const aFraction = shortFractionDigits(a);
  const bFraction = shortFractionDigits(b);
  if (aFraction < 0 || bFraction < 0) return undefined;
  const fraction = aFraction > bFraction ? aFraction : bFraction;
  if (integerPartLength(a, a.charCodeAt(0) === CHAR_MINUS ? 1 : 0) + fraction > SAFE_DIGITS) return undefined;
  if (integerPartLength(b, b.charCodeAt(0) === CHAR_MINUS ? 1 : 0) + fraction > SAFE_DIGITS) return undefined;
  const y = scaledInteger(b, fraction - bFraction);
  const sum = scaledInteger(a, fraction - aFraction) + (negateB ? -y : y);
  if (sum === 0) return '0';
  if (fraction === 0) return String(sum);
  const negative = sum < 0;
  let digits = String(negative ? -sum : sum);
  if (digits.length <= fraction) digits = '0'.repeat(fraction - digits.length + 1) + digits;
  let end = digits.length;
  const point = digits.length - fraction;
  while (end > point && digits.charCodeAt(end - 1) === CHAR_0) end--;
  const body = end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  return negative ? `-${body}` : body;
}

interface Scaled {
  readonly coefficient: bigint;
  /** value = coefficient × 10^scale10 */
  readonly scale10: number;
}

function toScaled(canonical: string): Scaled {
  const decimal = parseDecimal(canonical);
  if (decimal === undefined) throw SimulatorError.validation(NOT_A_NUMBER_MESSAGE);
  if (decimal.digits.length === 0) return { coefficient: 0n, scale10: 0 };
  const coefficient = BigInt(decimal.digits);
  return { coefficient: decimal.negative ? -coefficient : coefficient, scale10: -decimal.strippedScale };
}

function sumOf(x: Scaled, y: Scaled): string {
  const scale10 = Math.min(x.scale10, y.scale10);
  const sum = x.coefficient * 10n ** BigInt(x.scale10 - scale10) + y.coefficient * 10n ** BigInt(y.scale10 - scale10);
  if (sum === 0n) return '0';
  const negative = sum < 0n;
  const text = (negative ? -sum : sum).toString();
  let end = text.length;
  while (text.charCodeAt(end - 1) === CHAR_0) end--;
  const digits = end === text.length ? text : text.slice(0, end);
  const strippedScale = -(scale10 + text.length - end);
  checkLimits({ negative, digits, strippedScale });
  return format(negative, digits, digits.length - strippedScale - 1);
}

/**
 * The exact sum of two canonical numbers, canonical, with DynamoDB's errors when it needs more
 * than 38 significant digits (`1E+125 + 1`: no rounding) or leaves the range. DynamoDB Local
 * returns sums unnormalised (`0.5 + 0.5` is `1.0` there); DynamoDB stores numbers normalised.
 */
export function addNumbers(a: string, b: string): string {
  return shortSum(a, b, false) ?? sumOf(toScaled(a), toScaled(b));
}

/** The exact difference of two canonical numbers (see addNumbers). */
export function subtractNumbers(a: string, b: string): string {
  const short = shortSum(a, b, true);
  if (short !== undefined) return short;
  const y = toScaled(b);
  return sumOf(toScaled(a), { coefficient: -y.coefficient, scale10: y.scale10 });
}
