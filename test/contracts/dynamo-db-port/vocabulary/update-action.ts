/**
 * The actions of an UpdateExpression, one attribute each: SET (a value, `+` and `-`,
 * if_not_exists, list_append at either end), REMOVE (an attribute, a list element), ADD (to a
 * number, to a set) and DELETE (from a set). The model applies them to the item as it was;
 * DynamoDB evaluates every right-hand side against the old item too, and the actions of one
 * update never touch the same attribute (DynamoDB rejects overlapping paths).
 */
import fc from 'fast-check';
import type { DocumentValue, SetValue } from '../../../../ports/document-value.js';
import type { NonKeyAttribute, SetAttribute } from './contract-items.js';
import { listArbitrary, NON_KEY_ATTRIBUTE_NAMES, NON_KEY_ATTRIBUTES, SET_ATTRIBUTES, setValueArbitrary } from './contract-items.js';

export type UpdateAction =
  | { readonly kind: 'set'; readonly attribute: NonKeyAttribute; readonly value: DocumentValue }
  | { readonly kind: 'increment'; readonly delta: number }
  | { readonly kind: 'increment-or-init'; readonly delta: number }
  | { readonly kind: 'append'; readonly values: readonly DocumentValue[]; readonly at: 'start' | 'end' }
  | { readonly kind: 'remove'; readonly attribute: NonKeyAttribute }
  | { readonly kind: 'remove-element'; readonly index: number }
  | { readonly kind: 'add-number'; readonly delta: number }
  | { readonly kind: 'add-to-set'; readonly attribute: SetAttribute; readonly elements: SetValue }
  | { readonly kind: 'delete-from-set'; readonly attribute: SetAttribute; readonly elements: SetValue };

export function touchedAttribute(action: UpdateAction): NonKeyAttribute {
  switch (action.kind) {
    case 'set':
    case 'remove':
    case 'add-to-set':
    case 'delete-from-set':
      return action.attribute;
    case 'increment':
    case 'increment-or-init':
    case 'add-number':
      return 'n';
    case 'append':
    case 'remove-element':
      return 'list';
  }
}

const deltaArbitrary = fc.integer({ min: -5, max: 5 });
const setAttributeArbitrary = fc.constantFrom(...SET_ATTRIBUTES);

const setActionArbitrary: fc.Arbitrary<UpdateAction> = fc.constantFrom(...NON_KEY_ATTRIBUTE_NAMES).chain((attribute) =>
  (NON_KEY_ATTRIBUTES[attribute] as fc.Arbitrary<DocumentValue>).map((value): UpdateAction => ({ kind: 'set', attribute, value })),
);

const setElementsArbitrary = (kind: 'add-to-set' | 'delete-from-set'): fc.Arbitrary<UpdateAction> =>
  setAttributeArbitrary.chain((attribute) => setValueArbitrary(attribute).map((elements): UpdateAction => ({ kind, attribute, elements })));

/** Actions that succeed on any item of the vocabulary, as transactions need. */
const safeActionArbitraries: readonly fc.Arbitrary<UpdateAction>[] = [
  setActionArbitrary,
  deltaArbitrary.map((delta): UpdateAction => ({ kind: 'increment-or-init', delta })),
  fc.record({ kind: fc.constant('append' as const), values: listArbitrary, at: fc.constantFrom('start' as const, 'end' as const) }),
  fc.constantFrom(...NON_KEY_ATTRIBUTE_NAMES).map((attribute): UpdateAction => ({ kind: 'remove', attribute })),
  deltaArbitrary.map((delta): UpdateAction => ({ kind: 'add-number', delta })),
  setElementsArbitrary('add-to-set'),
  setElementsArbitrary('delete-from-set'),
];

/** Actions that fail when the attribute they read is missing. */
const failingActionArbitraries: readonly fc.Arbitrary<UpdateAction>[] = [
  deltaArbitrary.map((delta): UpdateAction => ({ kind: 'increment', delta })),
  fc.integer({ min: 0, max: 3 }).map((index): UpdateAction => ({ kind: 'remove-element', index })),
];

/** One to three actions on distinct attributes. */
export function updateActionsArbitrary(safeOnly: boolean): fc.Arbitrary<readonly UpdateAction[]> {
  const action = fc.oneof(...safeActionArbitraries, ...(safeOnly ? [] : failingActionArbitraries));
  return fc.uniqueArray(action, { minLength: 1, maxLength: 3, selector: touchedAttribute });
}

export function describeUpdateActions(actions: readonly UpdateAction[]): string {
  return actions
    .map((action) => {
      switch (action.kind) {
        case 'set': return `SET ${action.attribute} = ${fc.stringify(action.value)}`;
        case 'increment': return `SET n = n ${action.delta < 0 ? '-' : '+'} ${Math.abs(action.delta)}`;
        case 'increment-or-init': return `SET n = if_not_exists(n, 0) + ${action.delta}`;
        case 'append': return `SET list = list_append(${action.at === 'end' ? `list, ${fc.stringify(action.values)}` : `${fc.stringify(action.values)}, list`})`;
        case 'remove': return `REMOVE ${action.attribute}`;
        case 'remove-element': return `REMOVE list[${action.index}]`;
        case 'add-number': return `ADD n ${action.delta}`;
        case 'add-to-set': return `ADD ${action.attribute} ${fc.stringify(action.elements)}`;
        case 'delete-from-set': return `DELETE ${action.attribute} ${fc.stringify(action.elements)}`;
      }
    })
    .join(', ');
}
