/**
 * The legacy conditions (Expected, QueryFilter, ScanFilter, with ConditionalOperator) as
 * evaluable conditions, after DynamoDB's validation of each attribute's Exists / Value /
 * ComparisonOperator / AttributeValueList. Attribute names are taken literally (no paths).
 */
import { SimulatorError } from '../../simulator-error.js';
import type { AttributeType, AttributeValue } from '../../values/attribute-value.js';
import { attributeTypeOf } from '../../values/attribute-type.js';
import { compareValues } from '../../values/compare-values.js';
import { VALUE_CONTEXT, validateAndCanonicalizeValue } from '../../values/validate-attribute-value.js';
import type { Condition, Operand } from '../ast.js';

export type LegacyConditionParameter = 'Expected' | 'QueryFilter' | 'ScanFilter';

const INVALID = 'One or more parameter values were invalid: ';
const SCALARS = new Set<AttributeType>(['S', 'N', 'B']);
const PREFIXES = new Set<AttributeType>(['S', 'B']);

/** For each operator: how many arguments, and which argument types it accepts (undefined: any). */
const OPERATORS: Readonly<Record<string, { readonly count: number | 'many'; readonly types?: ReadonlySet<AttributeType> }>> = {
  EQ: { count: 1 }, NE: { count: 1 },
  LT: { count: 1, types: SCALARS }, LE: { count: 1, types: SCALARS }, GT: { count: 1, types: SCALARS }, GE: { count: 1, types: SCALARS },
  NOT_NULL: { count: 0 }, NULL: { count: 0 },
  CONTAINS: { count: 1, types: SCALARS }, NOT_CONTAINS: { count: 1, types: SCALARS },
  BEGINS_WITH: { count: 1, types: PREFIXES },
  IN: { count: 'many', types: SCALARS },
  BETWEEN: { count: 2, types: SCALARS },
};

function fail(message: string): SimulatorError {
  return SimulatorError.validation(message);
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Validates the arguments of one comparison operator (shared with KeyConditions). */
export function comparisonArguments(operator: string, list: readonly AttributeValue[]): void {
  const rule = OPERATORS[operator];
  if (rule === undefined) throw fail('Comparison type does not exist in DynamoDB');
  const countOk = rule.count === 'many' ? list.length >= 1 : list.length === rule.count;
  if (!countOk) throw fail(`${INVALID}Invalid number of argument(s) for the ${operator} ComparisonOperator`);
  for (const value of list) {
    const type = attributeTypeOf(value);
    if (rule.types !== undefined && !rule.types.has(type)) throw fail(`${INVALID}ComparisonOperator ${operator} is not valid for ${type} AttributeValue type`);
  }
  if ((operator === 'IN' || operator === 'BETWEEN') && list.some((value) => attributeTypeOf(value) !== attributeTypeOf(list[0] as AttributeValue))) {
    throw fail(`${INVALID}AttributeValues inside AttributeValueList must be of same type`);
  }
  if (operator === 'BETWEEN' && (compareValues(list[0] as AttributeValue, list[1] as AttributeValue) ?? 0) > 0) {
    throw fail('The BETWEEN condition was provided a range where the lower bound is greater than the upper bound');
  }
}

function values(raw: unknown): AttributeValue[] {
  return Array.isArray(raw) ? raw.map((value) => validateAndCanonicalizeValue(value, VALUE_CONTEXT)) : [];
}

function comparison(name: string, operator: string, list: readonly AttributeValue[]): Condition {
  const path = { kind: 'path', path: [name] } as const;
  const operands: Operand[] = list.map((value) => ({ kind: 'value', value }));
  const [first, second] = operands as [Operand, Operand];
  switch (operator) {
    case 'EQ': return { kind: 'compare', operator: '=', left: path, right: first };
    case 'NE': return { kind: 'compare', operator: '<>', left: path, right: first };
    case 'LT': return { kind: 'compare', operator: '<', left: path, right: first };
    case 'LE': return { kind: 'compare', operator: '<=', left: path, right: first };
    case 'GT': return { kind: 'compare', operator: '>', left: path, right: first };
    case 'GE': return { kind: 'compare', operator: '>=', left: path, right: first };
    case 'NOT_NULL': return { kind: 'attribute_exists', path: [name] };
    case 'NULL': return { kind: 'attribute_not_exists', path: [name] };
    case 'CONTAINS': return { kind: 'contains', subject: path, operand: first };
    // A missing attribute does not satisfy NOT_CONTAINS.
    case 'NOT_CONTAINS':
      return { kind: 'and', left: { kind: 'attribute_exists', path: [name] }, right: { kind: 'not', operand: { kind: 'contains', subject: path, operand: first } } };
    case 'BEGINS_WITH': return { kind: 'begins_with', subject: path, prefix: first };
    case 'IN': return { kind: 'in', subject: path, list: operands };
    default: return { kind: 'between', subject: path, lower: first, upper: second };
  }
}

function expectedCondition(name: string, spec: Readonly<Record<string, unknown>>): Condition {
  const operator = spec['ComparisonOperator'];
  const exists = spec['Exists'];
  const hasValue = spec['Value'] !== undefined;
  const hasList = spec['AttributeValueList'] !== undefined;
  if (operator !== undefined) {
    if (exists !== undefined) throw fail(`${INVALID}Exists and ComparisonOperator cannot be used together for Attribute: ${name}`);
    if (hasValue && hasList) throw fail(`${INVALID}Value and AttributeValueList cannot be used together for Attribute: ${name}`);
    const op = typeof operator === 'string' ? operator : '';
    const list = hasValue ? values([spec['Value']]) : values(spec['AttributeValueList']);
    if (!hasValue && !hasList && OPERATORS[op] !== undefined && OPERATORS[op].count !== 0) {
      throw fail(`${INVALID}Value or AttributeValueList must be used with ComparisonOperator: ${op} for Attribute: ${name}`);
    }
    comparisonArguments(op, list);
    return comparison(name, op, list);
  }
  // Value beside AttributeValueList is named first, with or without a ComparisonOperator (probed on DynamoDB Local).
  if (hasValue && hasList) throw fail(`${INVALID}Value and AttributeValueList cannot be used together for Attribute: ${name}`);
  if (hasList) throw fail(`${INVALID}AttributeValueList can only be used with a ComparisonOperator for Attribute: ${name}`);
  if (exists === false) {
    if (hasValue) throw fail(`${INVALID}Value cannot be used when Exists is false for Attribute: ${name}`);
    return { kind: 'attribute_not_exists', path: [name] };
  }
  if (!hasValue) throw fail(`${INVALID}Value must be provided when Exists is ${exists === true ? 'true' : 'null'} for Attribute: ${name}`);
  const [value] = values([spec['Value']]) as [AttributeValue];
  return { kind: 'compare', operator: '=', left: { kind: 'path', path: [name] }, right: { kind: 'value', value } };
}

function filterCondition(name: string, spec: Readonly<Record<string, unknown>>): Condition {
  const operator = spec['ComparisonOperator'];
  if (typeof operator !== 'string') throw fail('Comparison type does not exist in DynamoDB');
  const op = operator;
  const list = values(spec['AttributeValueList']);
  comparisonArguments(op, list);
  return comparison(name, op, list);
}

/**
 * The condition of Expected, QueryFilter or ScanFilter, combined with ConditionalOperator;
 * undefined when there is none (an empty map).
 */
export function legacyCondition(
  parameter: LegacyConditionParameter,
  conditions: Readonly<Record<string, unknown>> | undefined,
  conditionalOperator: string | undefined,
): Condition | undefined {
  const names = conditions === undefined ? [] : Object.keys(conditions);
  if (conditionalOperator !== undefined && conditions === undefined) throw fail('ConditionalOperator cannot be used without Filter or Expected');
  let combined: Condition | undefined;
  for (const name of names) {
    if (name.length === 0) throw fail('Empty attribute name');
    const spec = record(conditions?.[name]);
    const condition = parameter === 'Expected' ? expectedCondition(name, spec) : filterCondition(name, spec);
    combined = combined === undefined ? condition : { kind: conditionalOperator === 'OR' ? 'or' : 'and', left: combined, right: condition };
  }
  // The conditions themselves are judged before how many there are (probed on DynamoDB Local).
  if (conditionalOperator !== undefined && names.length < 2) throw fail('ConditionalOperator can only be used when Filter or Expected has two or more elements');
  return combined;
}
