/**
 * The top-level attributes an expression reaches into (a map lookup `a.b` or a list element
 * `a[0]`). DynamoDB refuses such access to key attributes, which are always scalars, whichever
 * expression it appears in; the engine knows the key attributes, so it asks for these names.
 */
import type { Condition, DocumentPath, Operand, UpdateExpression, UpdateOperand } from './ast.js';

function addPath(path: DocumentPath, names: Set<string>): void {
  if (path.length > 1) names.add(path[0] as string);
}

function addOperand(operand: Operand, names: Set<string>): void {
  if (operand.kind === 'path') addPath(operand.path, names);
  else if (operand.kind === 'size') addOperand(operand.operand, names);
}

function addCondition(condition: Condition, names: Set<string>): void {
  switch (condition.kind) {
    case 'compare': addOperand(condition.left, names); addOperand(condition.right, names); break;
    case 'between': addOperand(condition.subject, names); addOperand(condition.lower, names); addOperand(condition.upper, names); break;
    case 'in': addOperand(condition.subject, names); for (const operand of condition.list) addOperand(operand, names); break;
    case 'attribute_exists': case 'attribute_not_exists': addPath(condition.path, names); break;
    case 'attribute_type': addOperand(condition.subject, names); break;
    case 'begins_with': addOperand(condition.subject, names); addOperand(condition.prefix, names); break;
    case 'contains': addOperand(condition.subject, names); addOperand(condition.operand, names); break;
    case 'and': case 'or': addCondition(condition.left, names); addCondition(condition.right, names); break;
    case 'not': addCondition(condition.operand, names);
  }
}

function addUpdateOperand(operand: UpdateOperand, names: Set<string>): void {
  switch (operand.kind) {
    case 'path': addPath(operand.path, names); break;
    case 'value': break;
    case 'if_not_exists': addPath(operand.path, names); addUpdateOperand(operand.fallback, names); break;
    case 'list_append': addUpdateOperand(operand.first, names); addUpdateOperand(operand.second, names);
  }
}

export function conditionNestedHeads(condition: Condition): ReadonlySet<string> {
  const names = new Set<string>();
  addCondition(condition, names);
  return names;
}

/** The paths an update writes and every path its values read. */
export function updateNestedHeads(update: UpdateExpression): ReadonlySet<string> {
  const names = new Set<string>();
  for (const action of update.actions) {
    addPath(action.path, names);
    if (action.kind !== 'set') continue;
    const value = action.value;
    if (value.kind === 'arithmetic') {
      addUpdateOperand(value.left, names);
      addUpdateOperand(value.right, names);
    } else {
      addUpdateOperand(value, names);
    }
  }
  return names;
}

export function pathsNestedHeads(paths: readonly DocumentPath[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const path of paths) addPath(path, names);
  return names;
}
