/**
 * Finds the run-dependent values of a cassette tree, as the normalizers define them, and writes
 * the tree with placeholders in their place: `{{name}}` for the match key (any value of that
 * kind matches), `{{name:n}}` for the cassette. Placeholders already in the tree (a loaded
 * cassette, replay's stand-ins) are occurrences too, whatever normalizer wrote them.
 *
 * A session also passes the values it already knows as run-dependent (`known`): a value that
 * first came in a normalised field, such as a table ARN, is run-dependent wherever it appears
 * later as a whole string, in an item attribute as much as in the field it came from.
 *
 * Objects are walked in the sorted order of their placeholder-rendered keys, so that the
 * occurrences of a request come in the same order in every run. (Two keys of one object that
 * differ only in normalised parts are ordered by their raw text, which can differ between runs;
 * such requests may then fail to match.)
 */
import type { JsonObject, JsonValue } from '../json-value.js';
import { isJsonObject, setField } from '../json-value.js';
import type { Normalizer } from './normalizer.js';
import { PLACEHOLDER, parsePlaceholder } from './placeholder.js';

export interface Occurrence {
  readonly name: string;
  /** The value as the tree holds it (a placeholder's own text for a placeholder). */
  readonly value: string;
}

type Segment = string | Occurrence;

/** Writes the placeholder for one occurrence. */
export type Renderer = (occurrence: Occurrence) => string;

/** The normalizer name of a whole string this run already knows to be run-dependent. */
export type KnownValues = (text: string) => string | undefined;

export interface TokenizedTree {
  /**
   * The tree as text with `{{name}}` for every occurrence: requests match when these are equal.
   * Not JSON: strings are written with their length in front instead of escaped, which keeps
   * the text unambiguous without copying every string once more (a 1 KB attribute stays one rope).
   */
  readonly shape: string;
  readonly occurrences: readonly Occurrence[];
}

interface Compiled {
  readonly name: string;
  readonly pattern: RegExp | undefined;
  readonly hint: string | undefined;
}

export class Tokenizer {
  readonly #byField = new Map<string, string>();
  readonly #patterns: readonly Compiled[];
  readonly #fresh = new Map<string, (n: number) => string>();

  /** `fallbacks` give stand-ins for placeholders of normalizers no longer configured (the defaults). */
  constructor(normalizers: readonly Normalizer[], fallbacks: readonly Normalizer[] = []) {
    for (const normalizer of fallbacks) if (normalizer.fresh !== undefined) this.#fresh.set(normalizer.name, normalizer.fresh);
    for (const normalizer of normalizers) {
      for (const field of normalizer.fields ?? []) if (!this.#byField.has(field)) this.#byField.set(field, normalizer.name);
      if (normalizer.fresh !== undefined) this.#fresh.set(normalizer.name, normalizer.fresh);
    }
    this.#patterns = normalizers
      .filter((normalizer) => normalizer.pattern !== undefined)
      .map((normalizer) => ({ name: normalizer.name, pattern: globalCopy(normalizer.pattern), hint: normalizer.hint }));
  }

  /** Replay's stand-in for a placeholder first met in a response. */
  fresh(name: string, n: number): string {
    return this.#fresh.get(name)?.(n) ?? `{{${name}:${n}}}`;
  }

  /** The occurrences in one string; undefined when there are none (the common case). */
  segments(text: string, field: string | undefined, known?: KnownValues): readonly Segment[] | undefined {
    const whole = (field === undefined ? undefined : this.#byField.get(field)) ?? known?.(text);
    if (whole !== undefined) {
      const own = parsePlaceholder(text);
      return [{ name: own?.name ?? whole, value: text }];
    }
    let segments: Segment[] | undefined;
    if (text.includes('{{')) segments = split(text, PLACEHOLDER, (match) => ({ name: match[1] ?? '', value: match[0] }));
    for (const { name, pattern, hint } of this.#patterns) {
      if (pattern === undefined || (hint !== undefined && !text.includes(hint))) continue;
      const current: readonly Segment[] = segments ?? [text];
      let changed = false;
      const next: Segment[] = [];
      for (const segment of current) {
        if (typeof segment !== 'string') {
          next.push(segment);
          continue;
        }
        const parts = split(segment, pattern, (match) => ({ name, value: match[0] }));
        if (parts === undefined) next.push(segment);
        else {
          next.push(...parts);
          changed = true;
        }
      }
      if (changed) segments = next;
    }
    return segments;
  }

  /** The tree with every occurrence written by `render`, walked in canonical order. */
  render(tree: JsonValue, render: Renderer, known?: KnownValues, field?: string): JsonValue {
    if (typeof tree === 'string') {
      const segments = this.segments(tree, field, known);
      return segments === undefined ? tree : join(segments, render);
    }
    if (Array.isArray(tree)) return tree.map((element: JsonValue) => this.render(element, render, known, field));
    if (!isJsonObject(tree)) return tree;
    const entries = Object.keys(tree).map((key) => {
      const segments = key.includes('{{') || this.#patterns.length > 0 || known !== undefined ? this.segments(key, undefined, known) : undefined;
      return { key, segments, sortKey: segments === undefined ? key : join(segments, bareName) };
    });
    entries.sort(byShapeThenKey);
    const object: Record<string, JsonValue> = {};
    for (const { key, segments } of entries) {
      const rendered = segments === undefined ? key : join(segments, render);
      setField(object, rendered, this.render(tree[key] ?? null, render, known, key));
    }
    return object;
  }

  /** The match key and the occurrences, written straight to text (the hot path of replay). */
  tokenize(tree: JsonObject, known?: KnownValues): TokenizedTree {
    const occurrences: Occurrence[] = [];
    const walk: ShapeWalk = {
      known,
      searchKeys: this.#patterns.length > 0 || known !== undefined,
      unnumbered: (occurrence) => {
        occurrences.push(occurrence);
        return `{{${occurrence.name}}}`;
      },
    };
    return { shape: this.#shape(tree, walk, undefined), occurrences };
  }

  #shape(tree: JsonValue, walk: ShapeWalk, field: string | undefined): string {
    if (typeof tree === 'string') {
      const segments = this.segments(tree, field, walk.known);
      return keyText(segments === undefined ? tree : join(segments, walk.unnumbered));
    }
    if (typeof tree === 'number') return `#${tree};`;
    if (typeof tree !== 'object' || tree === null) return tree === null ? 'n' : tree ? 't' : 'f';
    if (Array.isArray(tree)) {
      let text = '[';
      for (let index = 0; index < tree.length; index += 1) text += this.#shape(tree[index] as JsonValue, walk, field);
      return `${text}]`;
    }
    const object = tree as JsonObject;
    const keys = Object.keys(object);
    let entries: ShapeEntry[] | undefined;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] ?? '';
      const segments = walk.searchKeys || key.includes('{{') ? this.segments(key, undefined, walk.known) : undefined;
      if (segments !== undefined) {
        // Only keys with run-dependent parts need entries; plain keys are sorted as they are.
        entries ??= keys.slice(0, index).map((plain) => ({ key: plain, segments: undefined, sortKey: plain }));
        entries.push({ key, segments, sortKey: join(segments, bareName) });
      } else {
        entries?.push({ key, segments: undefined, sortKey: key });
      }
    }
    let text = '{';
    if (entries === undefined) {
      if (keys.length > 1) keys.sort();
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index] ?? '';
        text += `${keyText(key)}${this.#shape(object[key] ?? null, walk, key)}`;
      }
      return `${text}}`;
    }
    entries.sort(byShapeThenKey);
    for (let index = 0; index < entries.length; index += 1) {
      const { key, segments } = entries[index] as ShapeEntry;
      const rendered = segments === undefined ? key : join(segments, walk.unnumbered);
      text += `${keyText(rendered)}${this.#shape(object[key] ?? null, walk, key)}`;
    }
    return `${text}}`;
  }
}

interface ShapeWalk {
  readonly known: KnownValues | undefined;
  readonly searchKeys: boolean;
  readonly unnumbered: Renderer;
}

interface ShapeEntry {
  readonly key: string;
  readonly segments: readonly Segment[] | undefined;
  readonly sortKey: string;
}

/** A string in a match key: its length, then itself, so that no escaping is needed. */
function keyText(value: string): string {
  return `"${value.length}:${value}`;
}

function bareName(occurrence: Occurrence): string {
  return `{{${occurrence.name}}}`;
}

function byShapeThenKey(a: ShapeEntry, b: ShapeEntry): number {
  return compare(a.sortKey, b.sortKey) || compare(a.key, b.key);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function globalCopy(pattern: RegExp | undefined): RegExp | undefined {
  if (pattern === undefined) return undefined;
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
}

function split(text: string, pattern: RegExp, occurrence: (match: RegExpExecArray) => Occurrence): Segment[] | undefined {
  pattern.lastIndex = 0;
  let segments: Segment[] | undefined;
  let from = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    segments ??= [];
    if (match.index > from) segments.push(text.slice(from, match.index));
    segments.push(occurrence(match));
    from = match.index + match[0].length;
  }
  if (segments !== undefined && from < text.length) segments.push(text.slice(from));
  return segments;
}

function join(segments: readonly Segment[], render: Renderer): string {
  let text = '';
  for (const segment of segments) text += typeof segment === 'string' ? segment : render(segment);
  return text;
}
