/**
 * Placeholders for one request's expressions. Every name goes through `#n<i>` (so reserved
 * words never matter) and every value through `:v<i>`; only what an expression used is sent,
 * because DynamoDB rejects unused placeholders and empty placeholder maps.
 */
import type { DocumentValue } from '../../../../ports/document-value.js';
import type { ExpressionAttributeNames, ExpressionAttributeValues } from '../../../../ports/dynamo-db-common-types.js';

export interface ExpressionAttributes {
  readonly ExpressionAttributeNames?: ExpressionAttributeNames;
  readonly ExpressionAttributeValues?: ExpressionAttributeValues;
}

export class ExpressionBuilder {
  private readonly names = new Map<string, string>();
  private readonly values: Record<string, DocumentValue> = {};
  private valueCount = 0;

  name(attribute: string): string {
    const existing = this.names.get(attribute);
    if (existing !== undefined) return existing;
    const placeholder = `#n${this.names.size}`;
    this.names.set(attribute, placeholder);
    return placeholder;
  }

  value(value: DocumentValue): string {
    const placeholder = `:v${this.valueCount}`;
    this.valueCount += 1;
    this.values[placeholder] = value;
    return placeholder;
  }

  attributes(): ExpressionAttributes {
    const names = Object.fromEntries([...this.names].map(([attribute, placeholder]) => [placeholder, attribute]));
    return {
      ...(this.names.size === 0 ? {} : { ExpressionAttributeNames: names }),
      ...(this.valueCount === 0 ? {} : { ExpressionAttributeValues: { ...this.values } }),
    };
  }
}
