/**
 * What the parsers produce: the syntax of one expression text, with placeholders still
 * unresolved. It depends on the text alone, so it is what the parse cache keeps; resolving it
 * against ExpressionAttributeNames/Values (resolve-*.ts) gives the evaluable AST (ast.ts).
 */
export type RawPathElement =
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'name-placeholder'; readonly placeholder: string }
  | { readonly kind: 'index'; readonly index: number };

export interface RawPath {
  readonly kind: 'path';
  readonly elements: readonly RawPathElement[];
}

export interface RawValue {
  readonly kind: 'value';
  readonly placeholder: string;
}

export interface RawCall {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly RawOperand[];
}

export interface RawArithmetic {
  readonly kind: 'arithmetic';
  readonly operator: '+' | '-';
  readonly left: RawOperand;
  readonly right: RawOperand;
}

export type RawOperand = RawPath | RawValue | RawCall;

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type RawCondition =
  | { readonly kind: 'compare'; readonly operator: Comparator; readonly left: RawOperand; readonly right: RawOperand }
  | { readonly kind: 'between'; readonly subject: RawOperand; readonly lower: RawOperand; readonly upper: RawOperand }
  | { readonly kind: 'in'; readonly subject: RawOperand; readonly list: readonly RawOperand[] }
  | { readonly kind: 'function'; readonly call: RawCall }
  | { readonly kind: 'and' | 'or'; readonly left: RawCondition; readonly right: RawCondition }
  | { readonly kind: 'not'; readonly operand: RawCondition };

export type RawSetValue = RawOperand | RawArithmetic;

export type RawUpdateAction =
  | { readonly kind: 'set'; readonly path: RawPath; readonly value: RawSetValue }
  | { readonly kind: 'remove'; readonly path: RawPath }
  | { readonly kind: 'add' | 'delete'; readonly path: RawPath; readonly value: RawValue };

export interface RawUpdateClause {
  readonly keyword: 'SET' | 'REMOVE' | 'ADD' | 'DELETE';
  readonly actions: readonly RawUpdateAction[];
}

export interface RawUpdate {
  readonly clauses: readonly RawUpdateClause[];
}
