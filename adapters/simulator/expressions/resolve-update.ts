/**
 * Turns a parsed update expression into an evaluable one. As in DynamoDB, the paths the actions
 * write are resolved and checked for overlaps first (see resolveDistinctPaths); then, action by
 * action from the last to the first, the placeholders of the values, function and operand checks
 * as for conditions, and the operand types of ADD and DELETE; last, the size of what it writes.
 */
import type { AttributeType } from '../values/attribute-value.js';
import { attributeTypeOf } from '../values/attribute-type.js';
import type { DocumentPath, SetValue, UpdateAction, UpdateExpression, UpdateOperand } from './ast.js';
import { resolveDistinctPaths } from './check-path-conflicts.js';
import { checkUpdateSize } from './check-update-size.js';
import { invalidExpression } from './expression-error.js';
import { documentPathRequired, wrongOperandCount, wrongOperandType } from './operand-messages.js';
import type { PlaceholderScope } from './placeholder-scope.js';
import type { RawOperand, RawSetValue, RawUpdate, RawValue } from './raw-ast.js';
import { resolvePath } from './resolve-path.js';

const KIND = 'UpdateExpression';
/** How DynamoDB names value types in ADD and DELETE messages. */
const TYPE_WORDS: Readonly<Record<AttributeType, string>> = {
  S: 'STRING', N: 'NUMBER', B: 'BINARY', BOOL: 'BOOLEAN', NULL: 'NULL', L: 'LIST', M: 'MAP',
  SS: 'STRING_SET', NS: 'NUMBER_SET', BS: 'BINARY_SET',
};
const ADD_TYPES = new Set<AttributeType>(['N', 'SS', 'NS', 'BS']);
const DELETE_TYPES = new Set<AttributeType>(['SS', 'NS', 'BS']);

function staticType(operand: UpdateOperand): AttributeType | undefined {
  switch (operand.kind) {
    case 'value':
      return attributeTypeOf(operand.value);
    case 'if_not_exists':
      // DynamoDB does not look through if_not_exists: a wrong fallback fails when it is used.
      return undefined;
    case 'list_append':
      return 'L';
    case 'path':
      return undefined;
  }
}

function expectType(operator: string, operand: UpdateOperand, type: AttributeType): void {
  const actual = staticType(operand);
  if (actual !== undefined && actual !== type) throw wrongOperandType(KIND, operator, actual);
}

class UpdateResolver {
  constructor(private readonly scope: PlaceholderScope) {}

  operand(raw: RawOperand): UpdateOperand {
    if (raw.kind === 'path') return { kind: 'path', path: resolvePath(KIND, raw, this.scope) };
    if (raw.kind === 'value') return { kind: 'value', value: this.scope.value(KIND, raw.placeholder) };
    const args = raw.args.map((arg) => this.operand(arg));
    if (args.length !== 2) throw wrongOperandCount(KIND, raw.name, args.length);
    const [first, second] = args as [UpdateOperand, UpdateOperand];
    if (raw.name === 'if_not_exists') {
      if (first.kind !== 'path') throw documentPathRequired(KIND, raw.name);
      return { kind: 'if_not_exists', path: first.path, fallback: second };
    }
    expectType(raw.name, first, 'L');
    expectType(raw.name, second, 'L');
    return { kind: 'list_append', first, second };
  }

  setValue(raw: RawSetValue): SetValue {
    if (raw.kind !== 'arithmetic') return this.operand(raw);
    const left = this.operand(raw.left);
    const right = this.operand(raw.right);
    expectType(raw.operator, left, 'N');
    expectType(raw.operator, right, 'N');
    return { kind: 'arithmetic', operator: raw.operator, left, right };
  }

  setOperand(operator: 'ADD' | 'DELETE', raw: RawValue, allowed: ReadonlySet<AttributeType>) {
    const value = this.scope.value(KIND, raw.placeholder);
    const type = attributeTypeOf(value);
    if (!allowed.has(type)) {
      throw invalidExpression(
        KIND,
        `Incorrect operand type for operator or function; operator: ${operator}, operand type: ${TYPE_WORDS[type]}, typeSet: ALLOWED_FOR_${operator}_OPERAND`,
      );
    }
    return value;
  }
}

export function resolveUpdate(raw: RawUpdate, scope: PlaceholderScope): UpdateExpression {
  const resolver = new UpdateResolver(scope);
  const rawActions = raw.clauses.flatMap((clause) => clause.actions);
  const paths = resolveDistinctPaths(KIND, rawActions, (action) => resolvePath(KIND, action.path, scope));
  const actions = new Array<UpdateAction>(rawActions.length);
  // DynamoDB checks the values from the last action to the first, as it does the paths.
  for (let index = rawActions.length - 1; index >= 0; index--) {
    const action = rawActions[index] as (typeof rawActions)[number];
    const path = paths[index] as DocumentPath;
    switch (action.kind) {
      case 'set':
        actions[index] = { kind: 'set', path, value: resolver.setValue(action.value) };
        break;
      case 'remove':
        actions[index] = { kind: 'remove', path };
        break;
      case 'add':
        actions[index] = { kind: 'add', path, value: resolver.setOperand('ADD', action.value, ADD_TYPES) };
        break;
      case 'delete':
        actions[index] = { kind: 'delete', path, value: resolver.setOperand('DELETE', action.value, DELETE_TYPES) };
    }
  }
  checkUpdateSize(actions);
  return { actions };
}
