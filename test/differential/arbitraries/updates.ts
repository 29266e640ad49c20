/**
 * Update expressions with every clause: SET with values, paths, `+`, `-`, list_append and
 * if_not_exists; REMOVE (list elements included); ADD of numbers and sets; DELETE from sets.
 * Clauses come in any order; now and then a path repeats or overlaps another (an error).
 */
import fc from 'fast-check';
import { attributeValue, binarySet, numberSet, numberValue, stringSet, type Value } from './attribute-values.js';
import { pathOf, writeOperand, type Operand } from './conditions.js';
import type { ExpressionWriter, Path } from './expression-writer.js';
import { NON_KEY_ATTRIBUTES } from './items.js';
import { keyAttributes, type TableShape } from './table-shapes.js';

type SetOperand = { readonly path: Path } | { readonly value: Value } | { readonly ifNotExists: Path; readonly fallback: Operand };

export type SetValue =
  | SetOperand
  | { readonly listAppend: readonly [SetOperand, SetOperand] }
  | { readonly arithmetic: '+' | '-'; readonly left: SetOperand; readonly right: SetOperand };

export type UpdateClause =
  | { readonly set: readonly (readonly [Path, SetValue])[] }
  | { readonly remove: readonly Path[] }
  | { readonly add: readonly (readonly [Path, Value])[] }
  | { readonly delete: readonly (readonly [Path, Value])[] };

const listValue = fc.array(attributeValue, { maxLength: 3 }).map((L): Value => ({ L }));
const setValue = fc.oneof(stringSet, numberSet, binarySet);

export function updateOf(shape: TableShape): fc.Arbitrary<readonly UpdateClause[]> {
  const tableKeys = new Set([shape.hash.name, shape.range?.name]);
  const updatable = [...NON_KEY_ATTRIBUTES, ...keyAttributes(shape).map((attribute) => attribute.name).filter((name) => !tableKeys.has(name))];
  // Now and then a table key: DynamoDB refuses to update it.
  const path = fc.oneof({ weight: 15, arbitrary: pathOf(shape, updatable) }, { weight: 1, arbitrary: pathOf(shape) });
  const value = fc.oneof({ weight: 3, arbitrary: attributeValue }, { weight: 2, arbitrary: numberValue }, { weight: 1, arbitrary: listValue });
  const operand: fc.Arbitrary<SetOperand> = fc.oneof(
    { weight: 2, arbitrary: path.map((p): SetOperand => ({ path: p })) },
    { weight: 3, arbitrary: value.map((v): SetOperand => ({ value: v })) },
    { weight: 1, arbitrary: fc.record({ ifNotExists: path, fallback: value.map((v): Operand => ({ value: v })) }) },
  );
  const setValueArbitrary: fc.Arbitrary<SetValue> = fc.oneof(
    { weight: 4, arbitrary: operand },
    { weight: 1, arbitrary: fc.tuple(operand, operand).map((listAppend): SetValue => ({ listAppend })) },
    { weight: 2, arbitrary: fc.record({ arithmetic: fc.constantFrom<'+' | '-'>('+', '-'), left: operand, right: operand }) },
  );
  const clause: fc.Arbitrary<UpdateClause> = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(path, setValueArbitrary), { minLength: 1, maxLength: 3 }).map((set): UpdateClause => ({ set })) },
    { weight: 2, arbitrary: fc.array(path, { minLength: 1, maxLength: 2 }).map((remove): UpdateClause => ({ remove })) },
    { weight: 2, arbitrary: fc.array(fc.tuple(path, fc.oneof(numberValue, setValue, attributeValue)), { minLength: 1, maxLength: 2 }).map((add): UpdateClause => ({ add })) },
    { weight: 1, arbitrary: fc.array(fc.tuple(path, fc.oneof(setValue, attributeValue)), { minLength: 1, maxLength: 2 }).map((clauseDelete): UpdateClause => ({ delete: clauseDelete })) },
  );
  const kind = (entry: UpdateClause): string => Object.keys(entry)[0] ?? '';
  // Mostly one clause of each kind; sometimes a kind twice (an error).
  return fc.oneof({ weight: 8, arbitrary: fc.uniqueArray(clause, { minLength: 1, maxLength: 3, selector: kind }) }, { weight: 1, arbitrary: fc.array(clause, { minLength: 2, maxLength: 3 }) });
}

function writeSetOperand(writer: ExpressionWriter, operand: SetOperand): string {
  if ('ifNotExists' in operand) return `if_not_exists(${writer.path(operand.ifNotExists)}, ${writeOperand(writer, operand.fallback)})`;
  return writeOperand(writer, operand);
}

function writeSetValue(writer: ExpressionWriter, value: SetValue): string {
  if ('listAppend' in value) return `list_append(${writeSetOperand(writer, value.listAppend[0])}, ${writeSetOperand(writer, value.listAppend[1])})`;
  if ('arithmetic' in value) return `${writeSetOperand(writer, value.left)} ${value.arithmetic} ${writeSetOperand(writer, value.right)}`;
  return writeSetOperand(writer, value);
}

export function writeUpdate(writer: ExpressionWriter, clauses: readonly UpdateClause[]): string {
  return clauses
    .map((clause) => {
      if ('set' in clause) return `SET ${clause.set.map(([target, value]) => `${writer.path(target)} = ${writeSetValue(writer, value)}`).join(', ')}`;
      if ('remove' in clause) return `REMOVE ${clause.remove.map((target) => writer.path(target)).join(', ')}`;
      if ('add' in clause) return `ADD ${clause.add.map(([target, value]) => `${writer.path(target)} ${writer.value(value)}`).join(', ')}`;
      return `DELETE ${clause.delete.map(([target, value]) => `${writer.path(target)} ${writer.value(value)}`).join(', ')}`;
    })
    .join(' ');
}
