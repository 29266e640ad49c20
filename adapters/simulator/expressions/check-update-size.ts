/**
 * DynamoDB refuses an update expression that alone would write more than an item may hold, before
 * it reads the item or even looks at the condition: the names of the paths that SET and ADD write
 * plus the sizes of the values they write (each use of a placeholder counted) may not exceed
 * 400 KB. REMOVE and DELETE write nothing and count nothing; a path read as an operand counts
 * nothing, since its value is not known yet. Measured on DynamoDB Local, whose thresholds this
 * reproduces to the byte (nested names, list indexes, containers and functions included).
 */
import { SimulatorError } from '../simulator-error.js';
import { attributeValueSize, MAX_ITEM_SIZE } from '../values/item-size.js';
import { utf8Length } from '../values/utf8-length.js';
import type { DocumentPath, SetValue, UpdateAction } from './ast.js';

export const UPDATE_TOO_LARGE = 'Item size to update has exceeded the maximum allowed size';

function namesSize(path: DocumentPath): number {
  let size = 0;
  for (const element of path) if (typeof element === 'string') size += utf8Length(element);
  return size;
}

function writtenSize(value: SetValue): number {
  switch (value.kind) {
    case 'value':
      return attributeValueSize(value.value);
    case 'path':
      return 0;
    case 'if_not_exists':
      return writtenSize(value.fallback);
    case 'list_append':
      return writtenSize(value.first) + writtenSize(value.second);
    case 'arithmetic':
      return writtenSize(value.left) + writtenSize(value.right);
  }
}

export function checkUpdateSize(actions: readonly UpdateAction[]): void {
  let size = 0;
  for (const action of actions) {
    if (action.kind === 'set') size += namesSize(action.path) + writtenSize(action.value);
    else if (action.kind === 'add') size += namesSize(action.path) + attributeValueSize(action.value);
  }
  if (size > MAX_ITEM_SIZE) throw SimulatorError.validation(UPDATE_TOO_LARGE);
}
