/**
 * Numbers the placeholders of a whole cassette by first appearance in reading order, just
 * before it is written. The numbers a session hands out follow the order in which responses
 * arrive; renumbering makes the file depend only on what was recorded, so recording unchanged
 * behaviour again gives the same file. Numbers map one to one per name, so what was the same
 * value stays the same placeholder and what differed stays different.
 */
import type { JsonValue } from '../json-value.js';
import { isJsonObject, setField } from '../json-value.js';
import { PLACEHOLDER } from './placeholder.js';

const UNNUMBERED = /\{\{([A-Za-z][\w.-]*):\d+\}\}/g;

export class PlaceholderRenumbering {
  readonly #numbers = new Map<string, Map<string, number>>();

  #renumber(text: string): string {
    if (!text.includes('{{')) return text;
    return text.replace(PLACEHOLDER, (_match, name: string, n: string) => {
      let numbers = this.#numbers.get(name);
      if (numbers === undefined) {
        numbers = new Map();
        this.#numbers.set(name, numbers);
      }
      let renumbered = numbers.get(n);
      if (renumbered === undefined) {
        renumbered = numbers.size + 1;
        numbers.set(n, renumbered);
      }
      return `{{${name}:${renumbered}}}`;
    });
  }

  /** `tree` renumbered; call it on the trees of a cassette in reading order. */
  apply(tree: JsonValue): JsonValue {
    if (typeof tree === 'string') return this.#renumber(tree);
    if (Array.isArray(tree)) return tree.map((element: JsonValue) => this.apply(element));
    if (!isJsonObject(tree)) return tree;
    const keys = Object.keys(tree).sort((a, b) => {
      const left = a.replace(UNNUMBERED, '{{$1}}');
      const right = b.replace(UNNUMBERED, '{{$1}}');
      return left < right ? -1 : left > right ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
    const object: Record<string, JsonValue> = {};
    for (const key of keys) setField(object, this.#renumber(key), this.apply(tree[key] ?? null));
    return object;
  }
}
