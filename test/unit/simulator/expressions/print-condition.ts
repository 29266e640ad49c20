/**
 * Test support: prints an evaluable condition back as expression text, with every value and name
 * behind a placeholder, so that a property can parse the text again and compare the ASTs.
 */
import type { AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import type { Condition, DocumentPath, Operand } from '../../../../adapters/simulator/expressions/ast.js';

export interface Printed {
  readonly text: string;
  readonly names: Record<string, string>;
  readonly values: Record<string, AttributeValue>;
}

export function printCondition(condition: Condition): Printed {
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  const nameOf = (name: string): string => {
    const existing = Object.entries(names).find(([, value]) => value === name);
    if (existing) return existing[0];
    const placeholder = `#n${Object.keys(names).length}`;
    names[placeholder] = name;
    return placeholder;
  };
  const path = (p: DocumentPath): string =>
    p.map((element, index) => (typeof element === 'number' ? `[${element}]` : `${index === 0 ? '' : '.'}${nameOf(element)}`)).join('');
  const operand = (o: Operand): string => {
    if (o.kind === 'path') return path(o.path);
    if (o.kind === 'size') return `size(${operand(o.operand)})`;
    const placeholder = `:v${Object.keys(values).length}`;
    values[placeholder] = o.value;
    return placeholder;
  };
  const print = (c: Condition): string => {
    switch (c.kind) {
      case 'compare':
        return `${operand(c.left)} ${c.operator} ${operand(c.right)}`;
      case 'between':
        return `${operand(c.subject)} BETWEEN ${operand(c.lower)} AND ${operand(c.upper)}`;
      case 'in':
        return `${operand(c.subject)} IN (${c.list.map(operand).join(', ')})`;
      case 'attribute_exists':
      case 'attribute_not_exists':
        return `${c.kind}(${path(c.path)})`;
      case 'attribute_type':
        return `attribute_type(${operand(c.subject)}, ${operand({ kind: 'value', value: { S: c.type } })})`;
      case 'begins_with':
        return `begins_with(${operand(c.subject)}, ${operand(c.prefix)})`;
      case 'contains':
        return `contains(${operand(c.subject)}, ${operand(c.operand)})`;
      case 'and':
      case 'or':
        return `(${print(c.left)}) ${c.kind.toUpperCase()} (${print(c.right)})`;
      case 'not':
        return `NOT (${print(c.operand)})`;
    }
  };
  const text = print(condition);
  return { text, names, values };
}
