/** Test support: fast-check arbitraries for items, paths and conditions over a small vocabulary. */
import fc from 'fast-check';
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import type { Condition, DocumentPath, Operand } from '../../../../adapters/simulator/expressions/ast.js';

const names = ['a', 'b', 'c'];
export const nameArbitrary = fc.constantFrom(...names);

const scalar: fc.Arbitrary<AttributeValue> = fc.oneof(
  fc.constantFrom('', 'a', 'ab', 'b', 'ba').map((S) => ({ S })),
  fc.constantFrom('0', '1', '-1', '2.5', '10').map((N) => ({ N })),
  fc.constantFrom(new Uint8Array([]), new Uint8Array([1]), new Uint8Array([1, 2])).map((B) => ({ B })),
  fc.boolean().map((BOOL) => ({ BOOL })),
  fc.constant({ NULL: true as const }),
);

export const valueArbitrary: fc.Arbitrary<AttributeValue> = fc.letrec<{ value: AttributeValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 }).map((SS) => ({ SS })),
    fc.uniqueArray(fc.constantFrom('1', '2', '3'), { minLength: 1, maxLength: 3 }).map((NS) => ({ NS })),
    fc.array(tie('value'), { maxLength: 3 }).map((L) => ({ L })),
    fc.dictionary(nameArbitrary, tie('value'), { maxKeys: 3 }).map((M) => ({ M })),
  ),
})).value;

export const itemArbitrary: fc.Arbitrary<AttributeMap> = fc.dictionary(nameArbitrary, valueArbitrary, { maxKeys: 3 });

export const pathArbitrary: fc.Arbitrary<DocumentPath> = fc
  .tuple(nameArbitrary, fc.array(fc.oneof(nameArbitrary, fc.nat({ max: 2 })), { maxLength: 2 }))
  .map(([head, rest]) => [head, ...rest]);

const operandArbitrary: fc.Arbitrary<Operand> = fc.oneof(
  pathArbitrary.map((path): Operand => ({ kind: 'path', path })),
  scalar.map((value): Operand => ({ kind: 'value', value })),
);

/** Conditions that pass DynamoDB's static checks (ordered comparisons use scalar paths or values of S, N, B). */
const ordered = fc.oneof(pathArbitrary.map((path): Operand => ({ kind: 'path', path })), fc.constantFrom<Operand>({ kind: 'value', value: { N: '1' } }, { kind: 'value', value: { S: 'a' } }));

export const conditionArbitrary: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(pathArbitrary, operandArbitrary, fc.constantFrom('=' as const, '<>' as const)).filter(([path, right]) => right.kind !== 'path' || right.path.join('/') !== path.join('/')).map(([path, right, operator]): Condition => ({ kind: 'compare', operator, left: { kind: 'path', path }, right })),
    fc.tuple(pathArbitrary, ordered, fc.constantFrom('<' as const, '<=' as const, '>' as const, '>=' as const)).filter(([path, right]) => right.kind !== 'path' || right.path.join('/') !== path.join('/')).map(([path, right, operator]): Condition => ({ kind: 'compare', operator, left: { kind: 'path', path }, right })),
    pathArbitrary.map((path): Condition => ({ kind: 'attribute_exists', path })),
    pathArbitrary.map((path): Condition => ({ kind: 'attribute_not_exists', path })),
    fc.tuple(pathArbitrary, fc.constantFrom({ S: 'a' }, { S: '' })).map(([path, value]): Condition => ({ kind: 'begins_with', subject: { kind: 'path', path }, prefix: { kind: 'value', value } })),
    fc.tuple(pathArbitrary, scalar).map(([path, value]): Condition => ({ kind: 'contains', subject: { kind: 'path', path }, operand: { kind: 'value', value } })),
    fc.tuple(pathArbitrary, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([path, list]): Condition => ({ kind: 'in', subject: { kind: 'path', path }, list: list.map((value) => ({ kind: 'value', value })) })),
    fc.tuple(pathArbitrary, fc.constantFrom('S', 'N', 'L', 'M', 'NULL', 'BOOL', 'SS') as fc.Arbitrary<'S'>).map(([path, type]): Condition => ({ kind: 'attribute_type', subject: { kind: 'path', path }, type })),
    fc.tuple(pathArbitrary, fc.integer({ min: -1, max: 3 })).map(([path, n]): Condition => ({ kind: 'compare', operator: '=', left: { kind: 'size', operand: { kind: 'path', path } }, right: { kind: 'value', value: { N: String(n) } } })),
    fc.tuple(tie('condition'), tie('condition'), fc.constantFrom('and' as const, 'or' as const)).map(([left, right, kind]): Condition => ({ kind, left, right })),
    tie('condition').map((operand): Condition => ({ kind: 'not', operand })),
  ),
})).condition;
