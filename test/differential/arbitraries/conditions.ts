/**
 * Condition expressions (for conditional writes, filters and condition checks) as small trees over
 * the attribute paths of a table: every comparator, BETWEEN, IN, AND, OR, NOT, parentheses and
 * every function, with operands that are paths, values and size(); printed with placeholders.
 */
import fc from 'fast-check';
import { attributeValue, numberValue, scalarValue, text, type Value } from './attribute-values.js';
import type { ExpressionWriter, Path } from './expression-writer.js';
import { NON_KEY_ATTRIBUTES } from './items.js';
import { keyAttributes, type TableShape } from './table-shapes.js';

export type Operand =
  | { readonly path: Path }
  | { readonly value: Value }
  | { readonly size: Path };

export type Condition =
  | { readonly compare: '=' | '<>' | '<' | '<=' | '>' | '>='; readonly left: Operand; readonly right: Operand }
  | { readonly between: Operand; readonly low: Operand; readonly high: Operand }
  | { readonly in: Operand; readonly list: readonly Operand[] }
  | { readonly function: 'attribute_exists' | 'attribute_not_exists'; readonly path: Path }
  | { readonly function: 'attribute_type'; readonly path: Path; readonly type: Value }
  | { readonly function: 'begins_with' | 'contains'; readonly path: Path; readonly operand: Operand }
  | { readonly and: Condition; readonly or?: undefined; readonly right: Condition }
  | { readonly or: Condition; readonly right: Condition }
  | { readonly not: Condition }
  | { readonly parenthesised: Condition };

const NESTED: readonly (readonly [string, ...(string | number)[]])[] = [['m', 'x'], ['m', 'y'], ['m', 'x', 'z'], ['m', 'status'], ['l', 0], ['l', 1], ['l', 5], ['l', 0, 'x'], ['a', 0], ['a', 'x']];

/** Paths into items of the shape: its key attributes, the usual non-key names, and nested paths. */
export function pathOf(shape: TableShape, names: readonly string[] = [...keyAttributes(shape).map((attribute) => attribute.name), ...NON_KEY_ATTRIBUTES]): fc.Arbitrary<Path> {
  const segments = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...names).map((name): readonly [string, ...(string | number)[]] => [name]) },
    { weight: 1, arbitrary: fc.constantFrom(...NESTED) },
  );
  return fc.record({
    segments,
    placeholders: fc.boolean(),
    bare: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
  });
}

/** Values that have a fair chance of meeting stored ones. */
const comparisonValue = fc.oneof({ weight: 3, arbitrary: scalarValue }, { weight: 1, arbitrary: attributeValue });

function operandOf(path: fc.Arbitrary<Path>): fc.Arbitrary<Operand> {
  return fc.oneof(
    { weight: 3, arbitrary: path.map((p): Operand => ({ path: p })) },
    { weight: 3, arbitrary: comparisonValue.map((value): Operand => ({ value })) },
    { weight: 1, arbitrary: path.map((p): Operand => ({ size: p })) },
  );
}

const TYPE_NAMES = ['S', 'N', 'B', 'BOOL', 'NULL', 'SS', 'NS', 'BS', 'L', 'M'];

export function conditionOf(shape: TableShape): fc.Arbitrary<Condition> {
  const path = pathOf(shape);
  const operand = operandOf(path);
  const typeValue = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TYPE_NAMES).map((S): Value => ({ S })) }, { weight: 1, arbitrary: fc.oneof(text.map((S): Value => ({ S })), numberValue) });
  const { condition } = fc.letrec<{ condition: Condition; leaf: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: tie('leaf') },
      { weight: 1, arbitrary: fc.record({ and: tie('condition'), right: tie('condition') }) },
      { weight: 1, arbitrary: fc.record({ or: tie('condition'), right: tie('condition') }) },
      { weight: 1, arbitrary: tie('condition').map((not): Condition => ({ not })) },
      { weight: 1, arbitrary: tie('condition').map((parenthesised): Condition => ({ parenthesised })) },
    ),
    leaf: fc.oneof(
      { weight: 4, arbitrary: fc.record({ compare: fc.constantFrom('=', '<>', '<', '<=', '>', '>='), left: operand, right: operand }) },
      { weight: 1, arbitrary: fc.record({ between: operand, low: operand, high: operand }) },
      { weight: 1, arbitrary: fc.record({ in: operand, list: fc.array(operand, { minLength: 1, maxLength: 4 }) }) },
      { weight: 2, arbitrary: fc.record({ function: fc.constantFrom('attribute_exists', 'attribute_not_exists'), path }) },
      { weight: 1, arbitrary: fc.record({ function: fc.constant('attribute_type'), path, type: typeValue }) },
      { weight: 1, arbitrary: fc.record({ function: fc.constantFrom('begins_with', 'contains'), path, operand }) },
    ),
  }));
  return condition;
}

export function writeOperand(writer: ExpressionWriter, operand: Operand): string {
  if ('path' in operand) return writer.path(operand.path);
  if ('size' in operand) return `size(${writer.path(operand.size)})`;
  return writer.value(operand.value);
}

export function writeCondition(writer: ExpressionWriter, condition: Condition): string {
  if ('compare' in condition) return `${writeOperand(writer, condition.left)} ${condition.compare} ${writeOperand(writer, condition.right)}`;
  if ('between' in condition) return `${writeOperand(writer, condition.between)} BETWEEN ${writeOperand(writer, condition.low)} AND ${writeOperand(writer, condition.high)}`;
  if ('in' in condition) return `${writeOperand(writer, condition.in)} IN (${condition.list.map((operand) => writeOperand(writer, operand)).join(', ')})`;
  if ('function' in condition) {
    const path = writer.path(condition.path);
    switch (condition.function) {
      case 'attribute_exists':
      case 'attribute_not_exists':
        return `${condition.function}(${path})`;
      case 'attribute_type':
        return `attribute_type(${path}, ${writer.value(condition.type)})`;
      default:
        return `${condition.function}(${path}, ${writeOperand(writer, condition.operand)})`;
    }
  }
  if ('not' in condition) return `NOT ${writeCondition(writer, condition.not)}`;
  if ('parenthesised' in condition) return `(${writeCondition(writer, condition.parenthesised)})`;
  if ('or' in condition && condition.or !== undefined) return `${writeCondition(writer, condition.or)} OR ${writeCondition(writer, condition.right)}`;
  return `${writeCondition(writer, condition.and)} AND ${writeCondition(writer, condition.right)}`;
}
