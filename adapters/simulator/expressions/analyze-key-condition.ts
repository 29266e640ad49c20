/**
 * Checks a resolved key condition against a key schema and extracts what a query needs: the
 * partition key value and at most one condition on the sort key. The messages are DynamoDB's
 * (where DynamoDB Local words them differently, DynamoDB's; see the local test for the list).
 */
import { SimulatorError } from '../simulator-error.js';
import type { AttributeValue } from '../values/attribute-value.js';
import { attributeTypeOf } from '../values/attribute-type.js';
import type { KeySchema } from '../engine/table-definition.js';
import type { Condition, Operand } from './ast.js';

export type SortKeyCondition =
  | { readonly kind: 'compare'; readonly operator: '=' | '<' | '<=' | '>' | '>='; readonly value: AttributeValue }
  | { readonly kind: 'between'; readonly lower: AttributeValue; readonly upper: AttributeValue }
  | { readonly kind: 'begins_with'; readonly prefix: AttributeValue };

export interface KeyConditionAnalysis {
  readonly partitionValue: AttributeValue;
  readonly sortCondition?: SortKeyCondition;
}

interface KeyTerm {
  readonly attribute: string;
  readonly condition: SortKeyCondition;
}

const FLIPPED = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;

function fail(message: string): SimulatorError {
  return SimulatorError.validation(message);
}

function attributeOf(operand: Operand): string | undefined {
  if (operand.kind === 'size') throw fail('KeyConditionExpressions cannot contain nested operations');
  if (operand.kind !== 'path') return undefined;
  if (operand.path.length > 1) throw fail('KeyConditionExpressions cannot have conditions on nested attributes');
  return operand.path[0] as string;
}

/** The one attribute of a term, and its value operands. */
function split(operands: readonly Operand[]): { attribute: string; values: AttributeValue[] } {
  let attribute: string | undefined;
  const values: AttributeValue[] = [];
  for (const operand of operands) {
    const name = attributeOf(operand);
    if (name === undefined) {
      values.push((operand as { readonly value: AttributeValue }).value);
      continue;
    }
    if (attribute !== undefined) throw fail('Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition');
    attribute = name;
  }
  if (attribute === undefined) throw fail('Invalid condition in KeyConditionExpression: No key attribute specified');
  return { attribute, values };
}

function collect(condition: Condition, terms: KeyTerm[]): void {
  switch (condition.kind) {
    case 'and':
      collect(condition.left, terms);
      collect(condition.right, terms);
      return;
    case 'compare': {
      const operator = condition.operator;
      if (operator === '<>') throw fail('Invalid operator used in KeyConditionExpression: <>');
      const { attribute, values } = split([condition.left, condition.right]);
      const flipped = condition.left.kind === 'path' ? operator : FLIPPED[operator];
      terms.push({ attribute, condition: { kind: 'compare', operator: flipped, value: values[0] as AttributeValue } });
      return;
    }
    case 'between': {
      const { attribute, values } = split([condition.subject, condition.lower, condition.upper]);
      terms.push({ attribute, condition: { kind: 'between', lower: values[0] as AttributeValue, upper: values[1] as AttributeValue } });
      return;
    }
    case 'begins_with': {
      const { attribute, values } = split([condition.subject, condition.prefix]);
      terms.push({ attribute, condition: { kind: 'begins_with', prefix: values[0] as AttributeValue } });
      return;
    }
    case 'or':
      throw fail('Invalid operator used in KeyConditionExpression: OR');
    case 'not':
      throw fail('Invalid operator used in KeyConditionExpression: NOT');
    case 'in':
      throw fail('Invalid operator used in KeyConditionExpression: IN');
    default:
      throw fail(`Invalid operator used in KeyConditionExpression: ${condition.kind}`);
  }
}

function values(condition: SortKeyCondition): AttributeValue[] {
  if (condition.kind === 'compare') return [condition.value];
  if (condition.kind === 'between') return [condition.lower, condition.upper];
  return [condition.prefix];
}

/**
 * The checks of the number of conditions, shared with KeyConditions: at most two, and only one on
 * a key schema without a sort key, whatever they name (probed on DynamoDB Local).
 */
export function checkKeyConditionCount(count: number, keySchema: KeySchema): void {
  if (count > 2) throw fail('Conditions can be of length 1 or 2 only');
  if (count > 1 && keySchema.sortKey === undefined) throw fail('Query key condition not supported');
}

/**
 * What the conditions on both keys say, once each is known: a value of the wrong type for the
 * partition key, then an operator other than = on it, then a value of the wrong type for the sort key.
 */
export function keyConditionAnalysis(partition: SortKeyCondition, sort: SortKeyCondition | undefined, keySchema: KeySchema): KeyConditionAnalysis {
  const { partitionKey, sortKey } = keySchema;
  const mismatch = 'One or more parameter values were invalid: Condition parameter type does not match schema type';
  const partitionMismatch = partition.kind === 'compare' ? attributeTypeOf(partition.value) !== partitionKey.type : values(partition).some((value) => attributeTypeOf(value) !== partitionKey.type);
  if (partitionMismatch) throw fail(mismatch);
  if (partition.kind !== 'compare' || partition.operator !== '=') throw fail('Query key condition not supported');
  if (sort !== undefined && sortKey !== undefined) {
    for (const value of values(sort)) if (attributeTypeOf(value) !== sortKey.type) throw fail(mismatch);
  }
  return sort === undefined ? { partitionValue: partition.value } : { partitionValue: partition.value, sortCondition: sort };
}

export function analyzeKeyCondition(condition: Condition, keySchema: KeySchema): KeyConditionAnalysis {
  const terms: KeyTerm[] = [];
  collect(condition, terms);
  const { partitionKey, sortKey } = keySchema;
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term.attribute)) throw fail('KeyConditionExpressions must only contain one condition per key');
    seen.add(term.attribute);
  }
  checkKeyConditionCount(terms.length, keySchema);
  let partition: SortKeyCondition | undefined;
  let sort: SortKeyCondition | undefined;
  for (const term of terms) {
    if (term.attribute === partitionKey.name) partition = term.condition;
    else if (sortKey !== undefined && term.attribute === sortKey.name) sort = term.condition;
    else {
      const missing = partition === undefined && !terms.some((other) => other.attribute === partitionKey.name) ? partitionKey : (sortKey ?? partitionKey);
      throw fail(`Query condition missed key schema element: ${missing.name}`);
    }
  }
  if (partition === undefined) throw fail(`Query condition missed key schema element: ${partitionKey.name}`);
  return keyConditionAnalysis(partition, sort, keySchema);
}

/** Query's rule that a filter may not use the key attributes of the table or index queried. */
export function checkFilterAvoidsKeys(filter: Condition, keySchema: KeySchema): void {
  const keys = [keySchema.partitionKey.name, ...(keySchema.sortKey === undefined ? [] : [keySchema.sortKey.name])];
  // DynamoDB reports a path into a key attribute first, then the partition key, then the sort key.
  const used = new Set<string>();
  const visit = (operand: Operand): void => {
    if (operand.kind === 'size') visit(operand.operand);
    else if (operand.kind === 'path' && keys.includes(operand.path[0] as string)) {
      const name = operand.path[0] as string;
      if (operand.path.length > 1) throw fail(`Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: ${name}`);
      used.add(name);
    }
  };
  const walk = (condition: Condition): void => {
    switch (condition.kind) {
      case 'and':
      case 'or':
        walk(condition.left);
        walk(condition.right);
        return;
      case 'not':
        walk(condition.operand);
        return;
      case 'compare':
        visit(condition.left);
        visit(condition.right);
        return;
      case 'between':
        [condition.subject, condition.lower, condition.upper].forEach(visit);
        return;
      case 'in':
        [condition.subject, ...condition.list].forEach(visit);
        return;
      case 'attribute_exists':
      case 'attribute_not_exists':
        visit({ kind: 'path', path: condition.path });
        return;
      case 'attribute_type':
        visit(condition.subject);
        return;
      case 'begins_with':
        visit(condition.subject);
        visit(condition.prefix);
        return;
      case 'contains':
        visit(condition.subject);
        visit(condition.operand);
    }
  };
  walk(filter);
  const first = keys.find((name) => used.has(name));
  if (first !== undefined) throw fail(`Filter Expression can only contain non-primary key attributes: Primary key attribute: ${first}`);
}
