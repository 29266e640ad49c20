/**
 * The grammar of update expressions:
 *   update    := clause+                      (each of SET, REMOVE, ADD, DELETE at most once)
 *   SET path = value (, path = value)*        value := operand | operand (+|-) operand | '(' value ')'
 *   REMOVE path (, path)*
 *   ADD path :value (, path :value)*          DELETE path :value (, path :value)*
 */
import type { RawOperand, RawPath, RawSetValue, RawUpdate, RawUpdateAction, RawUpdateClause, RawValue } from './raw-ast.js';
import { parseOperand, parsePath, redundantParentheses, type Parsed } from './parse-operand.js';
import type { TokenCursor } from './token-cursor.js';

type ClauseKeyword = RawUpdateClause['keyword'];
const CLAUSES = new Set<string>(['SET', 'REMOVE', 'ADD', 'DELETE']);

export function parseUpdate(cursor: TokenCursor): RawUpdate {
  const clauses: RawUpdateClause[] = [];
  do {
    const keyword = cursor.peek();
    if (keyword.kind !== 'keyword' || !CLAUSES.has(keyword.upper)) throw cursor.syntaxError();
    cursor.next();
    clauses.push(parseClause(cursor, keyword.upper as ClauseKeyword));
  } while (cursor.peek().kind !== 'eof');
  // A clause given twice is refused after the static checks (see checkUpdate), as DynamoDB does.
  return { clauses };
}

function parseClause(cursor: TokenCursor, keyword: ClauseKeyword): RawUpdateClause {
  const actions: RawUpdateAction[] = [parseAction(cursor, keyword)];
  while (cursor.isPunctuation(',')) {
    cursor.next();
    actions.push(parseAction(cursor, keyword));
  }
  return { keyword, actions };
}

function parseAction(cursor: TokenCursor, keyword: ClauseKeyword): RawUpdateAction {
  const path: RawPath = parsePath(cursor);
  switch (keyword) {
    case 'SET': {
      cursor.expectPunctuation('=');
      return { kind: 'set', path, value: parseSetValue(cursor).node };
    }
    case 'REMOVE':
      return { kind: 'remove', path };
    case 'ADD':
    case 'DELETE': {
      const value = cursor.peek();
      if (value.kind !== 'value-placeholder') throw cursor.syntaxError();
      cursor.next();
      const operand: RawValue = { kind: 'value', placeholder: value.text };
      return { kind: keyword === 'ADD' ? 'add' : 'delete', path, value: operand };
    }
  }
}

function parseSetValue(cursor: TokenCursor): Parsed<RawSetValue> {
  let left: Parsed<RawOperand>;
  if (cursor.isPunctuation('(')) {
    cursor.next();
    const inner = parseSetValue(cursor);
    cursor.expectPunctuation(')');
    if (inner.parenthesized) throw redundantParentheses(cursor);
    if (inner.node.kind === 'arithmetic') return { node: inner.node, parenthesized: true };
    left = { node: inner.node, parenthesized: true };
  } else {
    left = parseOperand(cursor);
  }
  const current = cursor.peek();
  if (current.kind === 'punctuation' && (current.upper === '+' || current.upper === '-')) {
    cursor.next();
    cursor.countOperator();
    const right = parseOperand(cursor).node;
    return { node: { kind: 'arithmetic', operator: current.upper, left: left.node, right }, parenthesized: false };
  }
  return left;
}
