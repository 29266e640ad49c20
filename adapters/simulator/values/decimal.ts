/**
 * DynamoDB numbers as exact decimals. A number is held as its significant digits (no leading or
 * trailing zeros), a sign and a scientific exponent (value = d.ddd × 10^exponent); arithmetic goes
 * through bigint, never floating point. Canonical numbers are plain digit strings, which is what
 * DynamoDB returns: `007.500` → `7.5`, `1e3` → `1000`, `-0` → `0`.
 */
import { SimulatorError } from '../simulator-error.js';

const MAX_PRECISION = 38;
/** 9.99…E+125 is the largest magnitude, 1E-130 the smallest. */
const MAX_EXPONENT = 125;
const MIN_EXPONENT = -130;
/** Beyond this an exponent can only overflow or underflow; clamping keeps parsing in safe integers. */
const EXPONENT_CLAMP = 1_000_000;

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_DOT = 46;
const CHAR_PLUS = 43;
const CHAR_MINUS = 45;
const CHAR_E_LOWER = 101;
const CHAR_E_UPPER = 69;

interface Decimal {
  readonly negative: boolean;
  /** Significant digits without leading or trailing zeros; empty for zero. */
  readonly digits: string;
  /** Scientific exponent of the first digit (0 for zero). */
  readonly exponent: number;
}

const ZERO: Decimal = { negative: false, digits: '', exponent: 0 };

export const PRECISION_MESSAGE = 'DynamoDB only supports precision up to 38 digits';
export const OVERFLOW_MESSAGE = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
export const UNDERFLOW_MESSAGE = 'Number underflow. Attempting to store a number with magnitude smaller than supported range';

function notANumber(_text: string): SimulatorError {
  return SimulatorError.validation('A value provided cannot be converted into a number');
}

/** Parses DynamoDB's number syntax; undefined when the text is not a number. */
function parseDecimal(text: string): Decimal | undefined {
  const length = text.length;
  let index = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === CHAR_MINUS || first === CHAR_PLUS) {
    negative = first === CHAR_MINUS;
    index = 1;
  }
  let firstSignificant = -1;
  let lastSignificant = -1;
  let dotAt = -1;
  let digitCount = 0;
  // Position (in digits before the dot) of the first significant digit, to compute the exponent.
  let integerDigits = 0;
  let digitsBeforeFirstSignificant = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= CHAR_0 && code <= CHAR_9) {
      digitCount++;
      if (dotAt < 0) integerDigits++;
      if (code !== CHAR_0) {
        if (firstSignificant < 0) {
          firstSignificant = index;
          digitsBeforeFirstSignificant = digitCount - 1;
        }
        lastSignificant = index;
      }
    } else if (code === CHAR_DOT && dotAt < 0) {
      dotAt = index;
    } else break;
  }
  if (digitCount === 0) return undefined;
  let exponentValue = 0;
  if (index < length) {
    const code = text.charCodeAt(index);
    if (code !== CHAR_E_LOWER && code !== CHAR_E_UPPER) return undefined;
    index++;
    let exponentNegative = false;
    const sign = text.charCodeAt(index);
    if (sign === CHAR_MINUS || sign === CHAR_PLUS) {
      exponentNegative = sign === CHAR_MINUS;
      index++;
    }
    if (index >= length) return undefined;
    for (; index < length; index++) {
      const digit = text.charCodeAt(index) - CHAR_0;
      if (digit < 0 || digit > 9) return undefined;
      if (exponentValue < EXPONENT_CLAMP) exponentValue = exponentValue * 10 + digit;
    }
    if (exponentNegative) exponentValue = -exponentValue;
  }
  if (firstSignificant < 0) return ZERO;
  const digits = dotAt < 0 || dotAt < firstSignificant || dotAt > lastSignificant
    ? text.slice(firstSignificant, lastSignificant + 1)
    : text.slice(firstSignificant, dotAt) + text.slice(dotAt + 1, lastSignificant + 1);
  const exponent = integerDigits - digitsBeforeFirstSignificant - 1 + exponentValue;
  return { negative, digits, exponent };
}

function checkLimits(decimal: Decimal): void {
  if (decimal.digits.length === 0) return;
  if (decimal.digits.length > MAX_PRECISION) throw SimulatorError.validation(PRECISION_MESSAGE);
  if (decimal.exponent > MAX_EXPONENT) throw SimulatorError.validation(OVERFLOW_MESSAGE);
  if (decimal.exponent < MIN_EXPONENT) throw SimulatorError.validation(UNDERFLOW_MESSAGE);
}

function format(decimal: Decimal): string {
  const { digits, exponent } = decimal;
  if (digits.length === 0) return '0';
  let body: string;
  if (exponent >= digits.length - 1) body = digits + '0'.repeat(exponent - digits.length + 1);
  else if (exponent >= 0) body = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  else body = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return decimal.negative ? `-${body}` : body;
}

/** True for a plain integer without sign, leading zeros or more than 38 digits: already canonical. */
function isSmallCanonicalInteger(text: string, start: number): boolean {
  const length = text.length;
  if (length === start || length - start > MAX_PRECISION) return false;
  const first = text.charCodeAt(start);
  if (first === CHAR_0) return length - start === 1 && start === 0;
  for (let index = start; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < CHAR_0 || code > CHAR_9) return false;
  }
  return true;
}

/** Validates a number as DynamoDB does and returns its canonical form. */
export function canonicalNumber(text: string): string {
  if (isSmallCanonicalInteger(text, text.charCodeAt(0) === CHAR_MINUS ? 1 : 0)) return text;
  const decimal = parseDecimal(text);
  if (decimal === undefined) throw notANumber(text);
  checkLimits(decimal);
  return format(decimal);
}

/** Parses a canonical number (no validation beyond syntax). */
function parseCanonical(text: string): Decimal {
  const decimal = parseDecimal(text);
  if (decimal === undefined) throw notANumber(text);
  return decimal;
}

function integerPartLength(text: string, start: number): number {
  const dot = text.indexOf('.', start);
  return (dot < 0 ? text.length : dot) - start;
}

/**
 * Orders canonical numbers without parsing them: with the same sign and the same number of
 * integer digits, plain digit strings compare like the numbers they spell ('.' sorts below digits).
 */
export function compareNumbers(a: string, b: string): number {
  const aNegative = a.charCodeAt(0) === CHAR_MINUS;
  const bNegative = b.charCodeAt(0) === CHAR_MINUS;
  if (aNegative !== bNegative) return aNegative ? -1 : 1;
  const start = aNegative ? 1 : 0;
  const magnitude = compareMagnitudes(a, b, start);
  return aNegative ? -magnitude : magnitude;
}

function compareMagnitudes(a: string, b: string, start: number): number {
  const aInteger = integerPartLength(a, start);
  const bInteger = integerPartLength(b, start);
  if (aInteger !== bInteger) return aInteger - bInteger;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function toScaled(decimal: Decimal): { coefficient: bigint; scale: number } {
  if (decimal.digits.length === 0) return { coefficient: 0n, scale: 0 };
  const coefficient = BigInt(decimal.digits);
  return { coefficient: decimal.negative ? -coefficient : coefficient, scale: decimal.exponent - decimal.digits.length + 1 };
}

function fromScaled(coefficient: bigint, scale: number): Decimal {
  if (coefficient === 0n) return ZERO;
  const negative = coefficient < 0n;
  let text = (negative ? -coefficient : coefficient).toString();
  let end = text.length;
  while (text.charCodeAt(end - 1) === CHAR_0) end--;
  const trailing = text.length - end;
  if (trailing > 0) text = text.slice(0, end);
  return { negative, digits: text, exponent: scale + trailing + end - 1 };
}

function addDecimals(a: Decimal, b: Decimal): string {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.min(x.scale, y.scale);
  const sum = x.coefficient * 10n ** BigInt(x.scale - scale) + y.coefficient * 10n ** BigInt(y.scale - scale);
  const result = fromScaled(sum, scale);
  checkLimits(result);
  return format(result);
}

/** Exact sum of two canonical numbers, checked against DynamoDB's precision and range. */
export function addNumbers(a: string, b: string): string {
  return addDecimals(parseCanonical(a), parseCanonical(b));
}

/** Exact difference of two canonical numbers, checked against DynamoDB's precision and range. */
export function subtractNumbers(a: string, b: string): string {
  const y = parseCanonical(b);
  return addDecimals(parseCanonical(a), y.digits.length === 0 ? y : { ...y, negative: !y.negative });
}

/** The significant digits and scientific exponent of a canonical number (for item sizes). */
export function numberShape(text: string): { readonly digits: string; readonly exponent: number; readonly negative: boolean } {
  return parseCanonical(text);
}
