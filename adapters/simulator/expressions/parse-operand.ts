/**
 * Document paths and operands, the pieces every expression grammar shares:
 *   path    := element ( '.' element | '[' index ']' )*      element := identifier | #name
 *   operand := path | :value | function '(' operand (',' operand)* ')' | '(' operand ')'
 * Parentheses are kept only as a flag, for DynamoDB's "redundant parentheses" rule.
 */
import type { RawCall, RawOperand, RawPath, RawPathElement } from './raw-ast.js';
import type { TokenCursor } from './token-cursor.js';

export interface Parsed<T> {
  readonly node: T;
  /** Whether the node was written inside its own pair of parentheses. */
  readonly parenthesized: boolean;
}

const MAX_NESTING_LEVELS = 32;
const MAX_LIST_INDEX = 2147483647;

export function redundantParentheses(cursor: TokenCursor): Error {
  return cursor.error('The expression has redundant parentheses;');
}

export function startsPath(cursor: TokenCursor): boolean {
  const kind = cursor.peek().kind;
  return kind === 'identifier' || kind === 'name-placeholder';
}

function pathElement(cursor: TokenCursor): RawPathElement {
  const current = cursor.peek();
  if (current.kind === 'identifier') {
    cursor.next();
    return { kind: 'identifier', name: current.text };
  }
  if (current.kind === 'name-placeholder') {
    cursor.next();
    return { kind: 'name-placeholder', placeholder: current.text };
  }
  throw cursor.syntaxError();
}

export function parsePath(cursor: TokenCursor): RawPath {
  const elements: RawPathElement[] = [pathElement(cursor)];
  for (;;) {
    if (cursor.isPunctuation('.')) {
      cursor.next();
      elements.push(pathElement(cursor));
    } else if (cursor.isPunctuation('[')) {
      cursor.next();
      const digits = cursor.peek();
      if (digits.kind !== 'number') throw cursor.syntaxError();
      cursor.next();
      const index = Number(digits.text);
      if (index > MAX_LIST_INDEX) throw cursor.error(`List index is not within the allowable range; index: [${digits.text}]`);
      cursor.expectPunctuation(']');
      elements.push({ kind: 'index', index });
    } else {
      break;
    }
  }
  if (elements.length > MAX_NESTING_LEVELS) {
    throw cursor.error(`The document path has too many nesting levels; nesting levels: ${elements.length}`);
  }
  return { kind: 'path', elements };
}

/** After the function name: `( operand (, operand)* )`. */
export function parseCall(cursor: TokenCursor): RawCall {
  const name = cursor.next().text;
  cursor.expectPunctuation('(');
  cursor.countOperator();
  const args: RawOperand[] = [parseOperand(cursor).node];
  while (cursor.isPunctuation(',')) {
    cursor.next();
    args.push(parseOperand(cursor).node);
  }
  cursor.expectPunctuation(')');
  return { kind: 'call', name, args };
}

/** An identifier followed by `(` is a function call, whatever its name. */
export function startsCall(cursor: TokenCursor): boolean {
  return cursor.peek().kind === 'identifier' && cursor.isPunctuation('(', 1);
}

export function parseOperand(cursor: TokenCursor): Parsed<RawOperand> {
  const current = cursor.peek();
  if (current.kind === 'value-placeholder') {
    cursor.next();
    return { node: { kind: 'value', placeholder: current.text }, parenthesized: false };
  }
  if (startsCall(cursor)) return { node: parseCall(cursor), parenthesized: false };
  if (startsPath(cursor)) return { node: parsePath(cursor), parenthesized: false };
  if (cursor.isPunctuation('(')) {
    cursor.next();
    const inner = parseOperand(cursor);
    cursor.expectPunctuation(')');
    if (inner.parenthesized) throw redundantParentheses(cursor);
    return { node: inner.node, parenthesized: true };
  }
  throw cursor.syntaxError();
}
