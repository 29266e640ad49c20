/**
 * Evaluates a condition against an item with DynamoDB's semantics: a missing attribute or a
 * comparison across types makes the comparison false (never an error), `<>` is the negation of
 * `=`, size() is defined for strings (in UTF-16 code units, as DynamoDB counts them), binaries,
 * sets, lists and maps.
 */
import { Buffer } from 'node:buffer';
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import { attributeTypeOf } from '../values/attribute-type.js';
import { bytesEqual } from '../values/compare-bytes.js';
import { compareValues } from '../values/compare-values.js';
import { valuesEqual } from '../values/values-equal.js';
import type { Condition, Operand } from './ast.js';
import { valueAtPath } from './value-at-path.js';

function sizeOf(value: AttributeValue): number | undefined {
  if ('S' in value) return value.S.length;
  if ('B' in value) return value.B.length;
  if ('L' in value) return value.L.length;
  if ('M' in value) return Object.keys(value.M).length;
  if ('SS' in value) return value.SS.length;
  if ('NS' in value) return value.NS.length;
  if ('BS' in value) return value.BS.length;
  return undefined;
}

export function evaluateOperand(operand: Operand, item: AttributeMap): AttributeValue | undefined {
  switch (operand.kind) {
    case 'path':
      return valueAtPath(item, operand.path);
    case 'value':
      return operand.value;
    case 'size': {
      const value = evaluateOperand(operand.operand, item);
      const size = value === undefined ? undefined : sizeOf(value);
      return size === undefined ? undefined : { N: String(size) };
    }
  }
}

function startsWithBytes(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.length <= bytes.length && bytesEqual(bytes.subarray(0, prefix.length), prefix);
}

function containsBytes(bytes: Uint8Array, part: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from(part.buffer, part.byteOffset, part.length));
}

function beginsWith(subject: AttributeValue, prefix: AttributeValue): boolean {
  if ('S' in subject) return 'S' in prefix && subject.S.startsWith(prefix.S);
  if ('B' in subject) return 'B' in prefix && startsWithBytes(subject.B, prefix.B);
  return false;
}

function contains(subject: AttributeValue, operand: AttributeValue): boolean {
  if ('S' in subject) return 'S' in operand && subject.S.includes(operand.S);
  if ('SS' in subject) return 'S' in operand && subject.SS.includes(operand.S);
  if ('NS' in subject) return 'N' in operand && subject.NS.includes(operand.N);
  if ('L' in subject) return subject.L.some((element) => valuesEqual(element, operand));
  if ('BS' in subject) return 'B' in operand && subject.BS.some((element) => bytesEqual(element, operand.B));
  if ('B' in subject) return 'B' in operand && containsBytes(subject.B, operand.B);
  return false;
}

function compare(operator: string, left: AttributeValue | undefined, right: AttributeValue | undefined): boolean {
  if (left === undefined || right === undefined) return operator === '<>';
  if (operator === '=') return valuesEqual(left, right);
  if (operator === '<>') return !valuesEqual(left, right);
  const order = compareValues(left, right);
  if (order === undefined) return false;
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

export function evaluateCondition(condition: Condition, item: AttributeMap): boolean {
  switch (condition.kind) {
    case 'compare':
      return compare(condition.operator, evaluateOperand(condition.left, item), evaluateOperand(condition.right, item));
    case 'between': {
      const subject = evaluateOperand(condition.subject, item);
      const lower = evaluateOperand(condition.lower, item);
      const upper = evaluateOperand(condition.upper, item);
      if (subject === undefined || lower === undefined || upper === undefined) return false;
      const low = compareValues(lower, subject);
      const high = compareValues(subject, upper);
      return low !== undefined && high !== undefined && low <= 0 && high <= 0;
    }
    case 'in': {
      const subject = evaluateOperand(condition.subject, item);
      if (subject === undefined) return false;
      for (const operand of condition.list) {
        const value = evaluateOperand(operand, item);
        if (value !== undefined && valuesEqual(subject, value)) return true;
      }
      return false;
    }
    case 'attribute_exists':
      return valueAtPath(item, condition.path) !== undefined;
    case 'attribute_not_exists':
      return valueAtPath(item, condition.path) === undefined;
    case 'attribute_type': {
      const subject = evaluateOperand(condition.subject, item);
      return subject !== undefined && attributeTypeOf(subject) === condition.type;
    }
    case 'begins_with': {
      const subject = evaluateOperand(condition.subject, item);
      const prefix = evaluateOperand(condition.prefix, item);
      return subject !== undefined && prefix !== undefined && beginsWith(subject, prefix);
    }
    case 'contains': {
      const subject = evaluateOperand(condition.subject, item);
      const operand = evaluateOperand(condition.operand, item);
      return subject !== undefined && operand !== undefined && contains(subject, operand);
    }
    case 'and':
      return evaluateCondition(condition.left, item) && evaluateCondition(condition.right, item);
    case 'or':
      return evaluateCondition(condition.left, item) || evaluateCondition(condition.right, item);
    case 'not':
      return !evaluateCondition(condition.operand, item);
  }
}
