/** Message fragments shared by the resolvers' operand checks. */
import type { AttributeType, AttributeValue } from '../values/attribute-value.js';
import { attributeTypeOf } from '../values/attribute-type.js';
import type { DocumentPath } from './ast.js';
import { formatPath, invalidExpression, type ExpressionKind } from './expression-error.js';

export function wrongOperandType(kind: ExpressionKind, operator: string, type: string): Error {
  return invalidExpression(kind, `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${type}`);
}

export function wrongOperandCount(kind: ExpressionKind, operator: string, count: number): Error {
  return invalidExpression(kind, `Incorrect number of operands for operator or function; operator or function: ${operator}, number of operands: ${count}`);
}

export function documentPathRequired(kind: ExpressionKind, operator: string): Error {
  return invalidExpression(kind, `Operator or function requires a document path; operator or function: ${operator}`);
}

export function operandsNotDistinct(kind: ExpressionKind, operator: string, path: DocumentPath): Error {
  return invalidExpression(
    kind,
    `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${formatPath(path)}`,
  );
}

/**
 * How DynamoDB quotes a constant in BETWEEN messages: `AttributeValue: {S:x}`; a binary shows as
 * the Java buffer holding it.
 */
export function describeValue(value: AttributeValue, numberSpelling?: string): string {
  const type = attributeTypeOf(value);
  const body = 'S' in value ? value.S : 'N' in value ? (numberSpelling ?? value.N) : 'B' in value ? `java.nio.HeapByteBuffer[pos=0 lim=${value.B.length} cap=${value.B.length}]` : JSON.stringify(value);
  return `AttributeValue: {${type}:${body}}`;
}

export const ORDERED_TYPES: ReadonlySet<AttributeType> = new Set(['N', 'S', 'B']);
