/** Renders update actions as one UpdateExpression, grouped into its SET, REMOVE, ADD and DELETE clauses. */
import type { ExpressionBuilder } from './expression-builder.js';
import type { UpdateAction } from './update-action.js';

type Clause = 'SET' | 'REMOVE' | 'ADD' | 'DELETE';

function signed(delta: number, builder: ExpressionBuilder): string {
  return `${delta < 0 ? '-' : '+'} ${builder.value(Math.abs(delta))}`;
}

function render(action: UpdateAction, builder: ExpressionBuilder): [Clause, string] {
  switch (action.kind) {
    case 'set':
      return ['SET', `${builder.name(action.attribute)} = ${builder.value(action.value)}`];
    case 'increment': {
      const n = builder.name('n');
      return ['SET', `${n} = ${n} ${signed(action.delta, builder)}`];
    }
    case 'increment-or-init': {
      const n = builder.name('n');
      return ['SET', `${n} = if_not_exists(${n}, ${builder.value(0)}) ${signed(action.delta, builder)}`];
    }
    case 'append': {
      const list = builder.name('list');
      const existing = `if_not_exists(${list}, ${builder.value([])})`;
      const added = builder.value([...action.values]);
      return ['SET', `${list} = list_append(${action.at === 'end' ? `${existing}, ${added}` : `${added}, ${existing}`})`];
    }
    case 'remove':
      return ['REMOVE', builder.name(action.attribute)];
    case 'remove-element':
      return ['REMOVE', `${builder.name('list')}[${action.index}]`];
    case 'add-number':
      return ['ADD', `${builder.name('n')} ${builder.value(action.delta)}`];
    case 'add-to-set':
      return ['ADD', `${builder.name(action.attribute)} ${builder.value(action.elements)}`];
    case 'delete-from-set':
      return ['DELETE', `${builder.name(action.attribute)} ${builder.value(action.elements)}`];
  }
}

export function renderUpdateExpression(actions: readonly UpdateAction[], builder: ExpressionBuilder): string {
  const clauses = new Map<Clause, string[]>();
  for (const action of actions) {
    const [clause, text] = render(action, builder);
    clauses.set(clause, [...(clauses.get(clause) ?? []), text]);
  }
  return [...clauses].map(([clause, texts]) => `${clause} ${texts.join(', ')}`).join(' ');
}
