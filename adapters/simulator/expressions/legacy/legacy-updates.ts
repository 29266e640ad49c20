/**
 * AttributeUpdates (PUT, ADD, DELETE per attribute) as an update expression, and AttributesToGet
 * as projection paths, with DynamoDB's validation messages.
 */
import { SimulatorError } from '../../simulator-error.js';
import type { AttributeType } from '../../values/attribute-value.js';
import { attributeTypeOf } from '../../values/attribute-type.js';
import { VALUE_CONTEXT, validateAndCanonicalizeValue } from '../../values/validate-attribute-value.js';
import type { DocumentPath, UpdateAction, UpdateExpression } from '../ast.js';

const INVALID = 'One or more parameter values were invalid: ';
const TYPE_WORDS: Readonly<Record<AttributeType, string>> = {
  S: 'STRING', N: 'NUMBER', B: 'BINARY', BOOL: 'BOOLEAN', NULL: 'NULL', L: 'LIST', M: 'MAP',
  SS: 'STRING_SET', NS: 'NUMBER_SET', BS: 'BINARY_SET',
};
const ADDABLE = new Set<AttributeType>(['N', 'SS', 'NS', 'BS', 'L']);
const SETS = new Set<AttributeType>(['SS', 'NS', 'BS']);

function fail(message: string): SimulatorError {
  return SimulatorError.validation(message);
}

export function attributeUpdatesToUpdate(updates: Readonly<Record<string, unknown>>): UpdateExpression {
  const actions: UpdateAction[] = [];
  for (const name of Object.keys(updates)) {
    if (name.length === 0) throw fail('Empty attribute name');
    const spec = (updates[name] ?? {}) as Readonly<Record<string, unknown>>;
    const action = typeof spec['Action'] === 'string' ? spec['Action'] : 'PUT';
    const path: DocumentPath = [name];
    if (spec['Value'] === undefined) {
      if (action !== 'DELETE') throw fail(`${INVALID}Only DELETE action is allowed when no attribute value is specified`);
      actions.push({ kind: 'remove', path });
      continue;
    }
    const value = validateAndCanonicalizeValue(spec['Value'], VALUE_CONTEXT);
    const type = attributeTypeOf(value);
    if (action === 'PUT') {
      actions.push({ kind: 'set', path, value: { kind: 'value', value } });
    } else if (action === 'ADD') {
      if (!ADDABLE.has(type)) throw fail(`${INVALID}ADD action is not supported for the type ${TYPE_WORDS[type]}`);
      actions.push({ kind: 'add', path, value, legacy: true });
    } else {
      if (!SETS.has(type)) throw fail(`${INVALID}DELETE action with value is not supported for the type ${TYPE_WORDS[type]}`);
      actions.push({ kind: 'delete', path, value, legacy: true });
    }
  }
  return { actions };
}

/** AttributesToGet: top-level names, taken literally; an empty list means all attributes (undefined). */
export function attributesToGetPaths(names: readonly string[]): readonly DocumentPath[] | undefined {
  if (names.length === 0) return undefined;
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw fail(`${INVALID}Duplicate value in attribute name: ${name}`);
    seen.add(name);
  }
  return names.map((name) => [name]);
}
