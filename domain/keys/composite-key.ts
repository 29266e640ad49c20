/**
 * Composite key values: parts joined by `#`, such as `2025-01-31T12:00:00.000Z#evt-1` for the
 * delivery table's `timestamp#event_id`. Every part but the last must be free of `#`, so that
 * the parts can be told apart again and a prefix of parts selects exactly the keys below it.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';

export const KEY_SEPARATOR = '#';

export function compositeKey(...parts: readonly string[]): string {
  if (parts.length === 0) throw new InvalidInputError('key parts', 'must not be empty');
  parts.forEach((part, index) => {
    if (part.length === 0) throw new InvalidInputError(`key part ${index}`, 'must not be empty');
    if (index < parts.length - 1 && part.includes(KEY_SEPARATOR)) throw new InvalidInputError(`key part ${index}`, `must not contain "${KEY_SEPARATOR}" (only the last part may)`);
  });
  return parts.join(KEY_SEPARATOR);
}

/** The `count` parts of a composite key; the last part keeps any further separators. */
export function splitCompositeKey(key: string, count: number): readonly string[] {
  const parts: string[] = [];
  let rest = key;
  for (let index = 0; index < count - 1; index++) {
    const at = rest.indexOf(KEY_SEPARATOR);
    if (at < 0) throw new InvalidInputError('key', `has fewer than ${count} parts: ${JSON.stringify(key)}`);
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

/** Entity prefixes for single-table designs: `USER#42`, `ORDER#7`. */
export const ENTITY_PREFIXES = Object.freeze({ user: 'USER', event: 'EVENT', message: 'MESSAGE', aggregate: 'AGGREGATE', snapshot: 'SNAPSHOT' });

const PREFIX = /^[A-Z][A-Z0-9_]*$/;

export function entityKey(prefix: string, id: string): string {
  if (!PREFIX.test(prefix)) throw new InvalidInputError('prefix', 'must be upper-case letters, digits and underscores, starting with a letter');
  return compositeKey(prefix, id);
}

export function parseEntityKey(key: string): { readonly prefix: string; readonly id: string } {
  const [prefix, id] = splitCompositeKey(key, 2) as [string, string];
  return { prefix, id };
}
