/**
 * The model of UpdateItem's effect: the new item, or the validation error DynamoDB gives when an
 * action reads a missing attribute (`n + 1` without `n`; `REMOVE list[0]` without `list`).
 * Removing a list element past the end changes nothing; deleting a set's last elements removes
 * the attribute; ADD treats a missing number as 0 and a missing set as empty.
 */
import type { DocumentValue, Item, SetValue } from '../../../../ports/document-value.js';
import { setDifference, setUnion } from '../values/set-algebra.js';
import type { UpdateAction } from './update-action.js';

export type UpdateOutcome = { readonly ok: true; readonly item: Item } | { readonly ok: false; readonly why: string };

function without(item: Item, attribute: string): Item {
  const { [attribute]: _removed, ...rest } = item;
  return rest;
}

function numberOr(value: DocumentValue | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function applyOne(item: Item, old: Item, action: UpdateAction): UpdateOutcome {
  switch (action.kind) {
    case 'set':
      return { ok: true, item: { ...item, [action.attribute]: action.value } };
    case 'increment':
      if (typeof old['n'] !== 'number') return { ok: false, why: 'n + delta reads a missing n' };
      return { ok: true, item: { ...item, n: old['n'] + action.delta } };
    case 'increment-or-init':
    case 'add-number':
      return { ok: true, item: { ...item, n: numberOr(old['n'], 0) + action.delta } };
    case 'append': {
      const existing = Array.isArray(old['list']) ? (old['list'] as readonly DocumentValue[]) : [];
      const list = action.at === 'end' ? [...existing, ...action.values] : [...action.values, ...existing];
      return { ok: true, item: { ...item, list } };
    }
    case 'remove':
      return { ok: true, item: without(item, action.attribute) };
    case 'remove-element': {
      const list = old['list'];
      if (!Array.isArray(list)) return { ok: false, why: 'REMOVE list[i] on a missing list' };
      if (action.index >= list.length) return { ok: true, item };
      return { ok: true, item: { ...item, list: list.filter((_, index) => index !== action.index) } };
    }
    case 'add-to-set':
      return { ok: true, item: { ...item, [action.attribute]: setUnion(old[action.attribute] as SetValue | undefined, action.elements) } };
    case 'delete-from-set': {
      const existing = old[action.attribute] as SetValue | undefined;
      if (existing === undefined) return { ok: true, item };
      const rest = setDifference(existing, action.elements);
      return { ok: true, item: rest === undefined ? without(item, action.attribute) : { ...item, [action.attribute]: rest } };
    }
  }
}

/** `old` is the stored item, or the bare key when UpdateItem creates the item. */
export function applyUpdateActions(old: Item, actions: readonly UpdateAction[]): UpdateOutcome {
  let item = old;
  for (const action of actions) {
    const outcome = applyOne(item, old, action);
    if (!outcome.ok) return outcome;
    item = outcome.item;
  }
  return { ok: true, item };
}
