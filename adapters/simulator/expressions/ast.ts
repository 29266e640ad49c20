/**
 * Evaluable expressions: placeholders resolved, paths as element lists. Parsed expressions
 * (after resolve-*.ts) and the legacy parameters (legacy/*.ts) both end here, so evaluation has a
 * single form to walk.
 */
import type { AttributeType, AttributeValue } from '../values/attribute-value.js';
import type { Comparator } from './raw-ast.js';

export type { Comparator } from './raw-ast.js';

/** A map key or attribute name (string) or a list index (number). */
export type PathElement = string | number;
export type DocumentPath = readonly PathElement[];

export type Operand =
  | { readonly kind: 'path'; readonly path: DocumentPath }
  | { readonly kind: 'value'; readonly value: AttributeValue }
  | { readonly kind: 'size'; readonly operand: Operand };

export type Condition =
  | { readonly kind: 'compare'; readonly operator: Comparator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'between'; readonly subject: Operand; readonly lower: Operand; readonly upper: Operand }
  | { readonly kind: 'in'; readonly subject: Operand; readonly list: readonly Operand[] }
  | { readonly kind: 'attribute_exists' | 'attribute_not_exists'; readonly path: DocumentPath }
  | { readonly kind: 'attribute_type'; readonly subject: Operand; readonly type: AttributeType }
  | { readonly kind: 'begins_with'; readonly subject: Operand; readonly prefix: Operand }
  | { readonly kind: 'contains'; readonly subject: Operand; readonly operand: Operand }
  | { readonly kind: 'and' | 'or'; readonly left: Condition; readonly right: Condition }
  | { readonly kind: 'not'; readonly operand: Condition };

export type UpdateOperand =
  | { readonly kind: 'path'; readonly path: DocumentPath }
  | { readonly kind: 'value'; readonly value: AttributeValue }
  | { readonly kind: 'if_not_exists'; readonly path: DocumentPath; readonly fallback: UpdateOperand }
  | { readonly kind: 'list_append'; readonly first: UpdateOperand; readonly second: UpdateOperand };

export type SetValue =
  | UpdateOperand
  | { readonly kind: 'arithmetic'; readonly operator: '+' | '-'; readonly left: UpdateOperand; readonly right: UpdateOperand };

export type UpdateAction =
  | { readonly kind: 'set'; readonly path: DocumentPath; readonly value: SetValue }
  | { readonly kind: 'remove'; readonly path: DocumentPath }
  | {
      readonly kind: 'add' | 'delete';
      readonly path: DocumentPath;
      readonly value: AttributeValue;
      /** From AttributeUpdates: ADD also appends lists, and type mismatches are worded differently. */
      readonly legacy?: true;
    };

export interface UpdateExpression {
  /** In the order written; every path is distinct and none contains another. */
  readonly actions: readonly UpdateAction[];
}
