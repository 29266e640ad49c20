/**
 * The checks that depend on the expression text alone, made after a successful parse and in
 * source order (pre-order): reserved words used as bare names, unknown functions, and functions
 * used where they cannot be (a condition function as an operand, size() as a condition, update
 * functions in conditions and the other way round); for updates, clause by clause, then
 * whether the clause's keyword was used before.
 */
import type { ExpressionKind } from './expression-error.js';
import { invalidExpression } from './expression-error.js';
import type { RawCall, RawCondition, RawOperand, RawPath, RawSetValue, RawUpdate } from './raw-ast.js';
import { isReservedWord } from './reserved-words.js';

const CONDITION_FUNCTIONS = new Set(['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains']);
const UPDATE_FUNCTIONS = new Set(['if_not_exists', 'list_append']);

type Position = 'condition' | 'operand';

export function checkPath(kind: ExpressionKind, path: RawPath): void {
  for (const element of path.elements) {
    if (element.kind === 'identifier' && isReservedWord(element.name)) {
      throw invalidExpression(kind, `Attribute name is a reserved keyword; reserved keyword: ${element.name}`);
    }
  }
}

function checkCall(kind: ExpressionKind, call: RawCall, position: Position): void {
  const name = call.name;
  const inCondition = CONDITION_FUNCTIONS.has(name) || name === 'size';
  if (!inCondition && !UPDATE_FUNCTIONS.has(name)) throw invalidExpression(kind, `Invalid function name; function: ${name}`);
  if (kind === 'UpdateExpression') {
    if (inCondition) throw invalidExpression(kind, `The function is not allowed in an update expression; function: ${name}`);
  } else {
    if (!inCondition) throw invalidExpression(kind, `The function is not allowed in a condition expression; function: ${name}`);
    if ((position === 'condition') !== CONDITION_FUNCTIONS.has(name)) {
      throw invalidExpression(kind, `The function is not allowed to be used this way in an expression; function: ${name}`);
    }
  }
  for (const arg of call.args) checkOperand(kind, arg);
}

function checkOperand(kind: ExpressionKind, operand: RawOperand): void {
  if (operand.kind === 'path') checkPath(kind, operand);
  else if (operand.kind === 'call') checkCall(kind, operand, 'operand');
}

export function checkCondition(kind: ExpressionKind, condition: RawCondition): void {
  switch (condition.kind) {
    case 'compare':
      checkOperand(kind, condition.left);
      checkOperand(kind, condition.right);
      return;
    case 'between':
      checkOperand(kind, condition.subject);
      checkOperand(kind, condition.lower);
      checkOperand(kind, condition.upper);
      return;
    case 'in':
      checkOperand(kind, condition.subject);
      for (const operand of condition.list) checkOperand(kind, operand);
      return;
    case 'function':
      checkCall(kind, condition.call, 'condition');
      return;
    case 'and':
    case 'or':
      checkCondition(kind, condition.left);
      checkCondition(kind, condition.right);
      return;
    case 'not':
      checkCondition(kind, condition.operand);
  }
}

function checkSetValue(value: RawSetValue): void {
  if (value.kind === 'arithmetic') {
    checkOperand('UpdateExpression', value.left);
    checkOperand('UpdateExpression', value.right);
  } else {
    checkOperand('UpdateExpression', value);
  }
}

export function checkUpdate(update: RawUpdate): void {
  const seen = new Set<string>();
  // Clause by clause: its own checks, then whether its keyword came before (probed on DynamoDB Local).
  for (const clause of update.clauses) {
    for (const action of clause.actions) {
      checkPath('UpdateExpression', action.path);
      if (action.kind === 'set') checkSetValue(action.value);
    }
    if (seen.has(clause.keyword)) throw invalidExpression('UpdateExpression', `The "${clause.keyword}" section can only be used once in an update expression;`);
    seen.add(clause.keyword);
  }
}
