/** KeyConditions (the legacy form of KeyConditionExpression), checked against a key schema. */
import { SimulatorError } from '../../simulator-error.js';
import type { AttributeValue } from '../../values/attribute-value.js';
import { VALUE_CONTEXT, validateAndCanonicalizeValue } from '../../values/validate-attribute-value.js';
import type { KeySchema } from '../../engine/table-definition.js';
import { checkKeyConditionCount, keyConditionAnalysis, type KeyConditionAnalysis, type SortKeyCondition } from '../analyze-key-condition.js';
import { comparisonArguments } from './legacy-condition.js';

const SORT_OPERATORS = { EQ: '=', LT: '<', LE: '<=', GT: '>', GE: '>=' } as const;

function fail(message: string): SimulatorError {
  return SimulatorError.validation(message);
}

function sortCondition(operator: string, list: readonly AttributeValue[]): SortKeyCondition {
  if (operator in SORT_OPERATORS) {
    return { kind: 'compare', operator: SORT_OPERATORS[operator as keyof typeof SORT_OPERATORS], value: list[0] as AttributeValue };
  }
  if (operator === 'BETWEEN') return { kind: 'between', lower: list[0] as AttributeValue, upper: list[1] as AttributeValue };
  if (operator === 'BEGINS_WITH') return { kind: 'begins_with', prefix: list[0] as AttributeValue };
  throw fail('Attempted conditional constraint is not an indexable operation');
}

export function analyzeKeyConditions(conditions: Readonly<Record<string, unknown>>, keySchema: KeySchema): KeyConditionAnalysis {
  const names = Object.keys(conditions);
  if (names.length === 0) throw fail('Conditions must be at least length 1');
  const { partitionKey, sortKey } = keySchema;
  let partition: SortKeyCondition | undefined;
  let sort: SortKeyCondition | undefined;
  // Each condition's values and argument count are judged before how many conditions there are.
  const specs = names.map((name) => {
    const spec = (conditions[name] ?? {}) as Readonly<Record<string, unknown>>;
    const operator = spec['ComparisonOperator'];
    if (typeof operator !== 'string') throw fail('Comparison type does not exist in DynamoDB');
    const raw = spec['AttributeValueList'];
    const list = Array.isArray(raw) ? raw.map((value) => validateAndCanonicalizeValue(value, VALUE_CONTEXT)) : [];
    comparisonArguments(operator, list);
    return { name, operator, list };
  });
  checkKeyConditionCount(names.length, keySchema);
  for (const { name, operator, list } of specs) {
    if (name === partitionKey.name) partition = sortCondition(operator, list);
    else if (sortKey !== undefined && name === sortKey.name) sort = sortCondition(operator, list);
    else throw fail(`Query condition missed key schema element: ${partition === undefined && !(partitionKey.name in conditions) ? partitionKey.name : (sortKey ?? partitionKey).name}`);
  }
  if (partition === undefined) throw fail(`Query condition missed key schema element: ${partitionKey.name}`);
  return keyConditionAnalysis(partition, sort, keySchema);
}

/** Query's rule that QueryFilter may not name the key attributes of the table or index queried. */
export function checkQueryFilterAvoidsKeys(queryFilter: Readonly<Record<string, unknown>>, keySchema: KeySchema): void {
  for (const name of Object.keys(queryFilter)) {
    if (name === keySchema.partitionKey.name || name === keySchema.sortKey?.name) {
      throw fail(`QueryFilter can only contain non-primary key attributes: Primary key attribute: ${name}`);
    }
  }
}
