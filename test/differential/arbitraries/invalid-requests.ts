/**
 * Turns a generated request into one DynamoDB refuses (or that sits right at a limit): unused and
 * missing placeholders, empty placeholder maps, broken expression syntax, missing tables, keys of
 * the wrong shape, invalid values (empty sets, duplicates, bad numbers), oversized items, mixed
 * legacy and expression parameters, bad enum values, limits and segments, too many batch items.
 * Which refusal DynamoDB reports first (its validation order) is part of what is compared.
 */
import fc from 'fast-check';
import type { Step } from '../support/step.js';
import type { Value } from './attribute-values.js';
import { MISSING_TABLE } from './table-steps.js';

type Input = Record<string, unknown>;

const EXPRESSION_MEMBERS = ['KeyConditionExpression', 'ConditionExpression', 'UpdateExpression', 'FilterExpression', 'ProjectionExpression'] as const;

const BAD_VALUES: readonly Value[] = [
  { SS: [] }, { NS: [] }, { BS: [] }, { SS: ['a', 'a'] }, { NS: ['1', '1.0'] }, { BS: [Uint8Array.of(1), Uint8Array.of(1)] },
  { N: 'abc' }, { N: '1e999' }, { N: '1e-999' }, { N: '1'.repeat(39) }, { N: '' }, { NULL: false }, { S: 'x'.repeat(409_600) },
  { M: { x: { SS: [] } } }, { L: [{ N: 'x' }] },
];

const CORRUPTIONS: readonly ((text: string) => string)[] = [
  (text) => `${text} AND`,
  (text) => `(${text}`,
  (text) => text.replace(' = ', ' == '),
  (text) => text.replace(/:v0\b/u, ':v0:'),
  (text) => text.replace(/#n0\b/u, '#nope'),
  (text) => text.replace(/:v0\b/u, ':nope'),
  () => '',
  (text) => text.toLowerCase(),
  (text) => `${text},`,
  (text) => `${text} ${text}`,
];

interface Mutation {
  readonly kind: number;
  readonly pick: number;
  readonly value: Value;
  readonly corruption: number;
}

const clone = (input: Readonly<Input>): Input => structuredClone(input);

function pickKey(record: Record<string, unknown> | undefined, pick: number): string | undefined {
  if (record === undefined) return undefined;
  const keys = Object.keys(record);
  return keys.length === 0 ? undefined : keys[pick % keys.length];
}

/** The first map of values the request carries for an item, a key or an expression. */
function valueHolder(input: Input): Record<string, unknown> | undefined {
  for (const member of ['ExpressionAttributeValues', 'Item', 'Key'] as const) {
    const holder = input[member];
    if (typeof holder === 'object' && holder !== null) return holder as Record<string, unknown>;
  }
  return undefined;
}

const MUTATIONS: readonly ((input: Input, mutation: Mutation, step: Step) => boolean)[] = [
  (input) => { input['ExpressionAttributeValues'] = { ...(input['ExpressionAttributeValues'] as Input | undefined), ':unused': { S: 'u' } }; return true; },
  (input) => { input['ExpressionAttributeNames'] = { ...(input['ExpressionAttributeNames'] as Input | undefined), '#unused': 'u' }; return true; },
  (input, { pick }) => {
    const values = input['ExpressionAttributeValues'] as Input | undefined;
    const key = pickKey(values, pick);
    if (values === undefined || key === undefined) return false;
    Reflect.deleteProperty(values, key);
    return true;
  },
  (input, { pick }) => {
    const names = input['ExpressionAttributeNames'] as Input | undefined;
    const key = pickKey(names, pick);
    if (names === undefined || key === undefined) return false;
    Reflect.deleteProperty(names, key);
    return true;
  },
  (input, { pick }) => { input[pick % 2 === 0 ? 'ExpressionAttributeValues' : 'ExpressionAttributeNames'] = {}; return true; },
  (input, { pick, corruption }) => {
    const present = EXPRESSION_MEMBERS.filter((member) => typeof input[member] === 'string');
    const member = present[pick % Math.max(present.length, 1)];
    if (member === undefined) return false;
    input[member] = (CORRUPTIONS[corruption % CORRUPTIONS.length] as (text: string) => string)(input[member] as string);
    return true;
  },
  (input) => { if (!('TableName' in input)) return false; input['TableName'] = MISSING_TABLE; return true; },
  (input, { pick, value }) => {
    const key = input['Key'] as Input | undefined;
    if (key === undefined) return false;
    const name = pickKey(key, pick) as string;
    const change = pick % 3;
    if (change === 0) Reflect.deleteProperty(key, name);
    else if (change === 1) key['zz'] = { S: 'extra' };
    else key[name] = value;
    return true;
  },
  (input, { pick, value }) => {
    const holder = valueHolder(input);
    const name = pickKey(holder, pick);
    if (holder === undefined || name === undefined) return false;
    holder[name] = value;
    return true;
  },
  (input) => {
    const item = input['Item'] as Input | undefined;
    if (item === undefined) return false;
    item['big'] = { S: 'x'.repeat(409_000) };
    return true;
  },
  (input, { pick }) => {
    const legacy = ['AttributesToGet', 'Expected', 'QueryFilter', 'ScanFilter', 'AttributeUpdates', 'KeyConditions'][pick % 6] as string;
    input[legacy] = legacy === 'AttributesToGet' ? ['a'] : { a: legacy === 'AttributeUpdates' ? { Action: 'PUT', Value: { S: 'x' } } : { ComparisonOperator: 'NOT_NULL' } };
    return true;
  },
  (input, { pick }) => {
    const member = ['ReturnValues', 'ReturnConsumedCapacity', 'Select', 'ReturnItemCollectionMetrics', 'ReturnValuesOnConditionCheckFailure'][pick % 5] as string;
    input[member] = pick % 2 === 0 ? 'BOGUS' : 'ALL_NEW';
    return true;
  },
  (input, { pick }, step) => {
    if (step.operation !== 'Query' && step.operation !== 'Scan') return false;
    const choices: readonly Input[] = [{ Limit: 0 }, { Limit: -1 }, { Segment: 0 }, { TotalSegments: 2 }, { Segment: 3, TotalSegments: 2 }, { Segment: 0, TotalSegments: 0 }, { Select: 'SPECIFIC_ATTRIBUTES' }, { ExclusiveStartKey: { pk: { S: 'a' } } }];
    Object.assign(input, choices[pick % choices.length]);
    return true;
  },
  (input, { pick }, step) => {
    if (step.operation === 'BatchWriteItem' || step.operation === 'BatchGetItem') {
      const requestItems = input['RequestItems'] as Record<string, unknown>;
      const table = pickKey(requestItems, pick) as string;
      const entries = requestItems[table];
      const list = (Array.isArray(entries) ? entries : (entries as { Keys: unknown[] }).Keys) as unknown[];
      const copies = pick % 2 === 0 ? 2 : step.operation === 'BatchWriteItem' ? 26 : 101;
      const first = list[0];
      list.length = 0;
      for (let index = 0; index < copies; index++) list.push(structuredClone(first));
      return true;
    }
    if (step.operation === 'TransactWriteItems' || step.operation === 'TransactGetItems') {
      input['TransactItems'] = pick % 2 === 0 ? [] : [...(input['TransactItems'] as unknown[]), ...(input['TransactItems'] as unknown[])];
      return true;
    }
    return false;
  },
];

/** The step with one mutation applied; a mutation that does not fit the request leaves a missing table. */
export function invalidStep(base: fc.Arbitrary<Step>): fc.Arbitrary<Step> {
  return fc
    .record({ step: base, mutation: fc.record({ kind: fc.nat({ max: MUTATIONS.length - 1 }), pick: fc.nat({ max: 11 }), value: fc.constantFrom(...BAD_VALUES), corruption: fc.nat({ max: CORRUPTIONS.length - 1 }) }) })
    .map(({ step, mutation }): Step => {
      const input = clone(step.input);
      const mutate = MUTATIONS[mutation.kind] as (typeof MUTATIONS)[number];
      if (!mutate(input, mutation, step)) input['TableName'] = MISSING_TABLE;
      return { ...step, input };
    });
}
