/**
 * Writes expression text from generated parts and collects the placeholders it used, so that one
 * request's expressions (condition, update, projection, key condition, filter) share one
 * ExpressionAttributeNames and one ExpressionAttributeValues map, as DynamoDB requires.
 */
import type { Value } from './attribute-values.js';

export type Segment = string | number;

/** An attribute path: a top-level name, then map keys (strings) and list indexes (numbers). */
export interface Path {
  readonly segments: readonly [string, ...Segment[]];
  /** Use #placeholders even for names that could stand bare. */
  readonly placeholders: boolean;
  /** Write names bare even where DynamoDB needs a placeholder (a reserved word, a dot): an error, or another path. */
  readonly bare: boolean;
}

/** Words of DynamoDB's reserved list that the generated names use. */
const RESERVED = new Set(['status', 'ttl', 'name', 'size']);

const needsPlaceholder = (name: string): boolean => !/^[A-Za-z][A-Za-z0-9_]*$/u.test(name) || RESERVED.has(name.toLowerCase());

export class ExpressionWriter {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, Value> = {};
  private readonly nameOf = new Map<string, string>();

  name(name: string, path: Pick<Path, 'placeholders' | 'bare'>): string {
    if (path.bare || (!path.placeholders && !needsPlaceholder(name))) return name;
    let placeholder = this.nameOf.get(name);
    if (placeholder === undefined) {
      placeholder = `#n${this.nameOf.size}`;
      this.nameOf.set(name, placeholder);
      this.names[placeholder] = name;
    }
    return placeholder;
  }

  path(path: Path): string {
    const [first, ...rest] = path.segments;
    let text = this.name(first, path);
    for (const segment of rest) text += typeof segment === 'number' ? `[${segment}]` : `.${this.name(segment, path)}`;
    return text;
  }

  value(value: Value): string {
    const placeholder = `:v${Object.keys(this.values).length}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  /** The placeholder maps as request members, left out when empty (DynamoDB refuses empty maps). */
  members(): Record<string, unknown> {
    return {
      ...(Object.keys(this.names).length === 0 ? {} : { ExpressionAttributeNames: this.names }),
      ...(Object.keys(this.values).length === 0 ? {} : { ExpressionAttributeValues: this.values }),
    };
  }
}
