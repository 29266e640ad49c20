/**
 * The grammar of condition, filter and key condition expressions, by DynamoDB's precedence
 * (comparators, IN, BETWEEN, functions, parentheses, NOT, AND, OR):
 *   condition  := or
 *   or         := and ( OR and )*
 *   and        := not ( AND not )*
 *   not        := NOT not | primary
 *   primary    := '(' condition ')' | operand comparison | function-call
 *   comparison := comparator operand | BETWEEN operand AND operand | IN '(' operand (',' operand)* ')'
 * A parenthesis may open either a condition or an operand (`(a) = :v`), so the content of a
 * parenthesis may end as a bare operand, which must then be followed by a comparison.
 */
import type { Comparator, RawCondition, RawOperand } from './raw-ast.js';
import { parseOperand, redundantParentheses, type Parsed } from './parse-operand.js';
import type { TokenCursor } from './token-cursor.js';

type Content = Parsed<RawCondition> & { readonly bare?: undefined } | { readonly bare: Parsed<RawOperand> };

const COMPARATORS = new Set(['=', '<>', '<', '<=', '>', '>=']);

export function parseCondition(cursor: TokenCursor): RawCondition {
  const result = parseOr(cursor, false);
  cursor.expectEnd();
  return conditionOf(cursor, result);
}

function conditionOf(cursor: TokenCursor, content: Content): RawCondition {
  if (content.bare !== undefined) throw cursor.syntaxError();
  return content.node;
}

function parseOr(cursor: TokenCursor, allowBare: boolean): Content {
  let left = parseAnd(cursor, allowBare);
  while (left.bare === undefined && cursor.isKeyword('OR')) {
    cursor.next();
    cursor.countOperator();
    const right = conditionOf(cursor, parseAnd(cursor, false));
    left = { node: { kind: 'or', left: left.node, right }, parenthesized: false };
  }
  return left;
}

function parseAnd(cursor: TokenCursor, allowBare: boolean): Content {
  let left = parseNot(cursor, allowBare);
  while (left.bare === undefined && cursor.isKeyword('AND')) {
    cursor.next();
    cursor.countOperator();
    const right = conditionOf(cursor, parseNot(cursor, false));
    left = { node: { kind: 'and', left: left.node, right }, parenthesized: false };
  }
  return left;
}

function parseNot(cursor: TokenCursor, allowBare: boolean): Content {
  if (cursor.isKeyword('NOT')) {
    cursor.next();
    cursor.countOperator();
    const operand = conditionOf(cursor, parseNot(cursor, false));
    return { node: { kind: 'not', operand }, parenthesized: false };
  }
  return parsePrimary(cursor, allowBare);
}

function parsePrimary(cursor: TokenCursor, allowBare: boolean): Content {
  let left: Parsed<RawOperand>;
  if (cursor.isPunctuation('(')) {
    cursor.next();
    const inner = parseOr(cursor, true);
    cursor.expectPunctuation(')');
    const wrapped = inner.bare ?? inner;
    if (wrapped.parenthesized) throw redundantParentheses(cursor);
    if (inner.bare === undefined) return { node: inner.node, parenthesized: true };
    left = { node: inner.bare.node, parenthesized: true };
  } else {
    left = parseOperand(cursor);
  }
  return parseComparison(cursor, left, allowBare);
}

function parseComparison(cursor: TokenCursor, left: Parsed<RawOperand>, allowBare: boolean): Content {
  const current = cursor.peek();
  const subject = left.node;
  if (current.kind === 'punctuation' && COMPARATORS.has(current.upper)) {
    cursor.next();
    cursor.countOperator();
    const right = parseOperand(cursor).node;
    return { node: { kind: 'compare', operator: current.upper as Comparator, left: subject, right }, parenthesized: false };
  }
  if (cursor.isKeyword('BETWEEN')) {
    cursor.next();
    cursor.countOperator();
    const lower = parseOperand(cursor).node;
    cursor.expectKeyword('AND');
    const upper = parseOperand(cursor).node;
    return { node: { kind: 'between', subject, lower, upper }, parenthesized: false };
  }
  if (cursor.isKeyword('IN')) {
    cursor.next();
    cursor.countOperator();
    cursor.expectPunctuation('(');
    const list = [parseOperand(cursor).node];
    while (cursor.isPunctuation(',')) {
      cursor.next();
      list.push(parseOperand(cursor).node);
    }
    cursor.expectPunctuation(')');
    return { node: { kind: 'in', subject, list }, parenthesized: false };
  }
  if (allowBare && cursor.isPunctuation(')')) return { bare: left };
  if (subject.kind === 'call') return { node: { kind: 'function', call: subject }, parenthesized: left.parenthesized };
  throw cursor.syntaxError();
}
