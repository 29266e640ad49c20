/**
 * Turns a parsed condition into an evaluable one: placeholders resolved, then DynamoDB's checks of
 * each operator once its operands are known (post-order, in source order): operand counts,
 * document-path operands, distinct first operands, constant operand types, BETWEEN bounds.
 */
import type { AttributeType, AttributeValue } from '../values/attribute-value.js';
import { attributeTypeOf } from '../values/attribute-type.js';
import { compareValues } from '../values/compare-values.js';
import type { Condition, Operand } from './ast.js';
import { invalidExpression, type ExpressionKind } from './expression-error.js';
import {
  describeValue,
  documentPathRequired,
  operandsNotDistinct,
  ORDERED_TYPES,
  wrongOperandCount,
  wrongOperandType,
} from './operand-messages.js';
import type { PlaceholderScope } from './placeholder-scope.js';
import type { RawCall, RawCondition, RawOperand } from './raw-ast.js';
import { resolvePath, samePath } from './resolve-path.js';

const MAX_IN_OPERANDS = 100;
const ATTRIBUTE_TYPES = new Set<string>(['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL']);
/** DynamoDB's own rendering of these sets (a Java hash set's order), quoted as it prints them. */
const VALID_TYPE_NAMES = '{N,BS,L,B,NULL,M,S,SS,NS,BOOL}';
const ANY_TYPE_NAMES = '{SS,HD,FS,M,DICT,NS,HDS,S,DOUBLESET,DECIMALSET,BOOL,BS,DOUBLE,INTSET,FLOAT,L,INT,B,NULL,DECIMAL,N}';
const SIZE_TYPES = new Set<AttributeType>(['S', 'B', 'SS', 'NS', 'BS', 'L', 'M']);
const PREFIX_TYPES = new Set<AttributeType>(['S', 'B']);

/** The type an operand has before any item is read, when it has one. */
function staticType(operand: Operand): AttributeType | undefined {
  if (operand.kind === 'value') return attributeTypeOf(operand.value);
  return operand.kind === 'size' ? 'N' : undefined;
}

class ConditionResolver {
  constructor(
    private readonly kind: ExpressionKind,
    private readonly scope: PlaceholderScope,
  ) {}

  condition(raw: RawCondition): Condition {
    switch (raw.kind) {
      case 'compare': {
        const left = this.operand(raw.left);
        const right = this.operand(raw.right);
        this.distinct(raw.operator, left, [right]);
        if (raw.operator !== '=' && raw.operator !== '<>') this.ordered(raw.operator, [left, right]);
        return { kind: 'compare', operator: raw.operator, left, right };
      }
      case 'between':
        return this.between(raw.subject, raw.lower, raw.upper);
      case 'in': {
        const subject = this.operand(raw.subject);
        const list = raw.list.map((operand) => this.operand(operand));
        if (list.length > MAX_IN_OPERANDS) {
          throw invalidExpression(this.kind, `The IN operator is provided with too many operands; number of operands: ${list.length}`);
        }
        this.distinct('IN', subject, list);
        return { kind: 'in', subject, list };
      }
      case 'function':
        return this.function(raw.call);
      case 'and':
      case 'or':
        return { kind: raw.kind, left: this.condition(raw.left), right: this.condition(raw.right) };
      case 'not':
        return { kind: 'not', operand: this.condition(raw.operand) };
    }
  }

  private between(rawSubject: RawOperand, rawLower: RawOperand, rawUpper: RawOperand): Condition {
    const subject = this.operand(rawSubject);
    const lower = this.operand(rawLower);
    const upper = this.operand(rawUpper);
    // DynamoDB judges the operand types of BETWEEN before it looks for repeated operands.
    this.ordered('BETWEEN', [subject, lower, upper]);
    this.distinct('BETWEEN', subject, [lower, upper]);
    if (lower.kind === 'value' && upper.kind === 'value') this.bounds(lower.value, upper.value, this.spelling(rawLower), this.spelling(rawUpper));
    return { kind: 'between', subject, lower, upper };
  }

  private spelling(raw: RawOperand): string | undefined {
    return raw.kind === 'value' ? this.scope.numberSpelling(raw.placeholder) : undefined;
  }

  private bounds(lower: AttributeValue, upper: AttributeValue, lowerSpelling: string | undefined, upperSpelling: string | undefined): void {
    const quoted = `lower bound operand: ${describeValue(lower, lowerSpelling)}, upper bound operand: ${describeValue(upper, upperSpelling)}`;
    const order = compareValues(lower, upper);
    if (order === undefined) throw invalidExpression(this.kind, `The BETWEEN operator requires same data type for lower and upper bounds; ${quoted}`);
    if (order > 0) throw invalidExpression(this.kind, `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; ${quoted}`);
  }

  private function(call: RawCall): Condition {
    const args = call.args.map((arg) => this.operand(arg));
    const name = call.name;
    switch (name) {
      case 'attribute_exists':
      case 'attribute_not_exists': {
        const [path] = this.arity(name, args, 1);
        if (path.kind !== 'path') throw documentPathRequired(this.kind, name);
        return { kind: name, path: path.path };
      }
      case 'attribute_type': {
        const [subject, type] = this.arity(name, args, 2);
        this.distinct(name, subject, [type]);
        return { kind: name, subject, type: this.typeName(type) };
      }
      case 'begins_with': {
        const [subject, prefix] = this.arity(name, args, 2);
        this.distinct(name, subject, [prefix]);
        for (const operand of args) {
          const type = staticType(operand);
          if (type !== undefined && !PREFIX_TYPES.has(type)) throw wrongOperandType(this.kind, name, type);
        }
        return { kind: name, subject, prefix };
      }
      default: {
        // contains: the only other function a condition may call (check-static.ts made sure).
        const [subject, operand] = this.arity(name, args, 2);
        this.distinct(name, subject, [operand]);
        return { kind: 'contains', subject, operand };
      }
    }
  }

  private typeName(operand: Operand): AttributeType {
    if (operand.kind === 'path') throw wrongOperandType(this.kind, 'attribute_type', ANY_TYPE_NAMES);
    if (operand.kind === 'size') throw wrongOperandType(this.kind, 'attribute_type', 'N');
    const value = operand.value;
    if (!('S' in value)) throw wrongOperandType(this.kind, 'attribute_type', attributeTypeOf(value));
    if (!ATTRIBUTE_TYPES.has(value.S)) throw invalidExpression(this.kind, `Invalid attribute type name found; type: ${value.S}, valid types: ${VALID_TYPE_NAMES}`);
    return value.S as AttributeType;
  }

  private arity<N extends 1 | 2>(name: string, args: Operand[], count: N): N extends 1 ? [Operand] : [Operand, Operand] {
    if (args.length !== count) throw wrongOperandCount(this.kind, name, args.length);
    return args as N extends 1 ? [Operand] : [Operand, Operand];
  }

  private distinct(operator: string, first: Operand, rest: readonly Operand[]): void {
    if (first.kind !== 'path') return;
    for (const other of rest) {
      if (other.kind === 'path' && samePath(first.path, other.path)) throw operandsNotDistinct(this.kind, operator, first.path);
    }
  }

  private ordered(operator: string, operands: readonly Operand[]): void {
    for (const operand of operands) {
      const type = staticType(operand);
      if (type !== undefined && !ORDERED_TYPES.has(type)) throw wrongOperandType(this.kind, operator, type);
    }
  }

  operand(raw: RawOperand): Operand {
    if (raw.kind === 'path') return { kind: 'path', path: resolvePath(this.kind, raw, this.scope) };
    if (raw.kind === 'value') return { kind: 'value', value: this.scope.value(this.kind, raw.placeholder) };
    // size: the only function a condition may use as an operand (check-static.ts made sure).
    const args = raw.args.map((arg) => this.operand(arg));
    const [operand] = this.arity('size', args, 1);
    const type = staticType(operand);
    if (type !== undefined && !SIZE_TYPES.has(type)) throw wrongOperandType(this.kind, 'size', type);
    return { kind: 'size', operand };
  }
}

export function resolveCondition(kind: ExpressionKind, raw: RawCondition, scope: PlaceholderScope): Condition {
  return new ConditionResolver(kind, scope).condition(raw);
}
