/**
 * Applies an update expression to an item with DynamoDB's semantics. Every operand reads the item
 * as it was before the update; then the changes are written copy-on-write (the input item is
 * never mutated; unchanged subtrees are shared). In a list, assignments to existing indexes
 * replace, assignments past the end append in index order, and removals use the original indexes.
 */
import { SimulatorError } from '../simulator-error.js';
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import { bytesEqual } from '../values/compare-bytes.js';
import { addNumbers, subtractNumbers } from '../values/decimal.js';
import type { DocumentPath, SetValue, UpdateExpression, UpdateOperand } from './ast.js';
import { valueAtPath } from './value-at-path.js';

export interface UpdateResult {
  /** The updated item, a new object. */
  readonly item: AttributeMap;
  /**
   * The paths the update wrote, in the order written: project the old and the new item on them
   * (applyProjection) for ReturnValues UPDATED_OLD and UPDATED_NEW, as DynamoDB does.
   */
  readonly updatedPaths: readonly DocumentPath[];
}

const MISSING = 'The provided expression refers to an attribute that does not exist in the item';
const WRONG_TYPE = 'An operand in the update expression has an incorrect data type';
const INVALID_PATH = 'The document path provided in the update expression is invalid for update';
const LEGACY_MISMATCH = 'Type mismatch for attribute to update';

function fail(message: string): SimulatorError {
  return SimulatorError.validation(message);
}

/** Rejects updates of key attributes (checked before the item is read, as DynamoDB does). */
export function checkUpdateAvoidsKeys(update: UpdateExpression, keyAttributeNames: readonly string[]): void {
  for (const action of update.actions) {
    const name = action.path[0] as string;
    if (keyAttributeNames.includes(name)) {
      throw fail(`One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`);
    }
  }
}

function operandValue(operand: UpdateOperand, item: AttributeMap): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path': {
      const value = valueAtPath(item, operand.path);
      if (value === undefined) throw fail(MISSING);
      return value;
    }
    case 'if_not_exists':
      return valueAtPath(item, operand.path) ?? operandValue(operand.fallback, item);
    case 'list_append': {
      // Each operand is checked as soon as it is known (a wrong first operand wins over a missing second).
      const first = operandValue(operand.first, item);
      if (!('L' in first)) throw fail(WRONG_TYPE);
      const second = operandValue(operand.second, item);
      if (!('L' in second)) throw fail(WRONG_TYPE);
      return { L: [...first.L, ...second.L] };
    }
  }
}

function setValue(value: SetValue, item: AttributeMap): AttributeValue {
  if (value.kind !== 'arithmetic') return operandValue(value, item);
  const left = operandValue(value.left, item);
  if (!('N' in left)) throw fail(WRONG_TYPE);
  const right = operandValue(value.right, item);
  if (!('N' in right)) throw fail(WRONG_TYPE);
  return { N: value.operator === '+' ? addNumbers(left.N, right.N) : subtractNumbers(left.N, right.N) };
}

function union(existing: AttributeValue, added: AttributeValue, legacy: boolean): AttributeValue {
  if (legacy && 'L' in existing && 'L' in added) return { L: [...existing.L, ...added.L] };
  if ('SS' in existing && 'SS' in added) return { SS: [...existing.SS, ...added.SS.filter((s) => !existing.SS.includes(s))] };
  if ('NS' in existing && 'NS' in added) return { NS: [...existing.NS, ...added.NS.filter((n) => !existing.NS.includes(n))] };
  if ('BS' in existing && 'BS' in added) {
    return { BS: [...existing.BS, ...added.BS.filter((b) => !existing.BS.some((e) => bytesEqual(e, b)))] };
  }
  if ('N' in existing && 'N' in added) return { N: addNumbers(existing.N, added.N) };
  throw fail(legacy ? LEGACY_MISMATCH : WRONG_TYPE);
}

/** The set without the removed elements, or undefined when nothing is left. */
function difference(existing: AttributeValue, removed: AttributeValue, legacy: boolean): AttributeValue | undefined {
  let result: AttributeValue;
  if ('SS' in existing && 'SS' in removed) result = { SS: existing.SS.filter((s) => !removed.SS.includes(s)) };
  else if ('NS' in existing && 'NS' in removed) result = { NS: existing.NS.filter((n) => !removed.NS.includes(n)) };
  else if ('BS' in existing && 'BS' in removed) result = { BS: existing.BS.filter((e) => !removed.BS.some((b) => bytesEqual(e, b))) };
  else throw fail(legacy ? LEGACY_MISMATCH : WRONG_TYPE);
  const size = 'SS' in result ? result.SS.length : 'NS' in result ? result.NS.length : 'BS' in result ? result.BS.length : 0;
  return size === 0 ? undefined : result;
}

/** What happens at the end of one path: a new value, a removal, or nothing (DELETE of a missing set). */
type Change = { readonly kind: 'put'; readonly value: AttributeValue } | { readonly kind: 'remove' } | { readonly kind: 'keep' };

interface PatchNode {
  change: Change | undefined;
  children: Map<string | number, PatchNode> | undefined;
}

function changeFor(action: UpdateExpression['actions'][number], item: AttributeMap): Change {
  switch (action.kind) {
    case 'set':
      return { kind: 'put', value: setValue(action.value, item) };
    case 'remove':
      return { kind: 'remove' };
    case 'add': {
      const existing = valueAtPath(item, action.path);
      return { kind: 'put', value: existing === undefined ? action.value : union(existing, action.value, action.legacy === true) };
    }
    case 'delete': {
      const existing = valueAtPath(item, action.path);
      if (existing === undefined) return { kind: 'keep' };
      const remaining = difference(existing, action.value, action.legacy === true);
      return remaining === undefined ? { kind: 'remove' } : { kind: 'put', value: remaining };
    }
  }
}

function patchTree(update: UpdateExpression, item: AttributeMap): PatchNode {
  const root: PatchNode = { change: undefined, children: new Map() };
  for (const action of update.actions) {
    const change = changeFor(action, item);
    let current = root;
    for (const element of action.path) {
      current.children ??= new Map();
      let next = current.children.get(element);
      if (next === undefined) current.children.set(element, (next = { change: undefined, children: undefined }));
      current = next;
    }
    current.change = change;
  }
  return root;
}

function applyToMap(map: AttributeMap, patch: PatchNode): AttributeMap {
  const result = new Map(Object.entries(map));
  for (const [key, child] of patch.children ?? []) {
    const name = key as string;
    if (child.change !== undefined) {
      if (child.change.kind === 'put') result.set(name, child.change.value);
      else if (child.change.kind === 'remove') result.delete(name);
      continue;
    }
    const existing = result.get(name);
    if (existing === undefined) throw fail(INVALID_PATH);
    result.set(name, applyToContainer(existing, child));
  }
  return Object.fromEntries(result);
}

function applyToContainer(value: AttributeValue, patch: PatchNode): AttributeValue {
  const first = (patch.children as Map<string | number, PatchNode>).keys().next().value;
  if (typeof first === 'number') {
    if (!('L' in value)) throw fail(INVALID_PATH);
    return { L: applyToList(value.L, patch) };
  }
  if (!('M' in value)) throw fail(INVALID_PATH);
  return { M: applyToMap(value.M, patch) };
}

function applyToList(list: readonly AttributeValue[], patch: PatchNode): AttributeValue[] {
  const result: (AttributeValue | undefined)[] = [...list];
  const appended: [number, AttributeValue][] = [];
  for (const [key, child] of patch.children ?? []) {
    const index = key as number;
    const inside = index < list.length;
    if (child.change === undefined) {
      if (!inside) throw fail(INVALID_PATH);
      result[index] = applyToContainer(list[index] as AttributeValue, child);
    } else if (child.change.kind === 'put') {
      if (inside) result[index] = child.change.value;
      else appended.push([index, child.change.value]);
    } else if (child.change.kind === 'remove' && inside) {
      result[index] = undefined;
    }
  }
  const kept = result.filter((element): element is AttributeValue => element !== undefined);
  appended.sort((a, b) => a[0] - b[0]);
  for (const [, value] of appended) kept.push(value);
  return kept;
}

export function applyUpdate(update: UpdateExpression, item: AttributeMap): UpdateResult {
  const patch = patchTree(update, item);
  return { item: applyToMap(item, patch), updatedPaths: update.actions.map((action) => action.path) };
}
