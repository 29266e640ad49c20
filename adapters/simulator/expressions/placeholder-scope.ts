/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, already validated,
 * and which of them the request's expressions used (DynamoDB rejects unused ones, checked once
 * across all expressions of the request).
 */
import type { AttributeValue } from '../values/attribute-value.js';
import type { ExpressionKind } from './expression-error.js';
import { invalidExpression } from './expression-error.js';

export class PlaceholderScope {
  readonly usedNames = new Set<string>();
  readonly usedValues = new Set<string>();

  constructor(
    readonly names: Readonly<Record<string, string>>,
    readonly values: Readonly<Record<string, AttributeValue>>,
    private readonly rawValues: Readonly<Record<string, unknown>> = {},
  ) {}

  /**
   * A number value as the request spells it (`80E59`, not the canonical `8E+60`): DynamoDB quotes
   * the bounds of a refused BETWEEN that way. Undefined for other values.
   */
  numberSpelling(placeholder: string): string | undefined {
    const raw = Object.hasOwn(this.rawValues, placeholder) ? this.rawValues[placeholder] : undefined;
    if (typeof raw !== 'object' || raw === null) return undefined;
    const spelling = (raw as { N?: unknown }).N;
    return typeof spelling === 'string' ? spelling : undefined;
  }

  name(kind: ExpressionKind, placeholder: string): string {
    const name = Object.hasOwn(this.names, placeholder) ? this.names[placeholder] : undefined;
    if (name === undefined) {
      throw invalidExpression(kind, `An expression attribute name used in the document path is not defined; attribute name: ${placeholder}`);
    }
    this.usedNames.add(placeholder);
    return name;
  }

  value(kind: ExpressionKind, placeholder: string): AttributeValue {
    const value = Object.hasOwn(this.values, placeholder) ? this.values[placeholder] : undefined;
    if (value === undefined) {
      throw invalidExpression(kind, `An expression attribute value used in expression is not defined; attribute value: ${placeholder}`);
    }
    this.usedValues.add(placeholder);
    return value;
  }
}
