/**
 * Replaces the values of the configured attributes by a keyed hash wherever items appear, in
 * requests, responses and errors. Equal values give equal hashes on both sides, so matching
 * still works; the session remembers the values it has seen, so a replayed response gives back
 * the value the run itself wrote. Expression attribute values cannot be tied to attributes
 * without parsing the expressions, so when an expression names a redacted attribute, every
 * value of that request is redacted: too much rather than too little.
 */
import { createHmac } from 'node:crypto';
import type { DocumentValue } from '../../../ports/document-value.js';
import { encodeAttributeValue, type EncodeOptions } from '../codec/attribute-value-codec.js';
import { canonicalJson } from '../cassette/stable-json.js';
import { setField, type JsonObject, type JsonValue } from '../json-value.js';
import { redactionTree, type RedactionTree } from './redaction-paths.js';

/** The key when none is given: hashes stay stable, but a guessable value can be confirmed by hashing guesses. */
export const DEFAULT_REDACTION_KEY = 'dynamo-hexagon record/replay redaction';

const MARKER_PREFIX = 'hmac-sha256:';

/** Redacted strings shorter than this are not scrubbed from messages (they would garble them). */
const MIN_SCRUBBED_LENGTH = 4;

function isMapLike(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || value instanceof Map;
}

function entriesOf(value: object): [string, unknown][] {
  return value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value);
}

function collectStrings(wire: JsonValue, into: Set<string>): void {
  if (typeof wire === 'string') {
    if (wire.length >= MIN_SCRUBBED_LENGTH) into.add(wire);
  } else if (Array.isArray(wire)) {
    for (const element of wire as readonly JsonValue[]) collectStrings(element, into);
  } else if (wire !== null && typeof wire === 'object') {
    for (const [type, value] of Object.entries(wire)) {
      // Binary values are base64 in the cassette; their text never appears in a message.
      if (type !== 'B' && type !== 'BS') collectStrings(value, into);
    }
  }
}

export class Redactor {
  readonly #tree: RedactionTree;
  readonly #key: string | Uint8Array;
  readonly #seen = new Map<string, DocumentValue>();
  readonly #secrets = new Set<string>();
  #scrubOrder: string[] | undefined;

  constructor(paths: readonly string[], key: string | Uint8Array = DEFAULT_REDACTION_KEY) {
    this.#tree = redactionTree(paths);
    this.#key = key;
  }

  get active(): boolean {
    return this.#tree.size > 0;
  }

  /** The roots of the redacted paths, to look for in expressions. */
  get attributes(): readonly string[] {
    return [...this.#tree.keys()];
  }

  /** A whole value replaced by its marker. */
  redact(value: unknown): JsonObject {
    const wire = encodeAttributeValue(value, { canonical: true });
    const marker = `${MARKER_PREFIX}${createHmac('sha256', this.#key).update(canonicalJson(wire)).digest('hex').slice(0, 32)}`;
    this.#seen.set(marker, value as DocumentValue);
    const before = this.#secrets.size;
    // Both spellings: a message may quote a number as it was sent (`7.50`) or as stored (`7.5`).
    collectStrings(wire, this.#secrets);
    collectStrings(encodeAttributeValue(value, { canonical: false }), this.#secrets);
    if (this.#secrets.size !== before) this.#scrubOrder = undefined;
    return { REDACTED: marker };
  }

  /** An item (or key) with the redacted attributes replaced. */
  encodeItem(item: unknown, options: EncodeOptions, tree: RedactionTree = this.#tree): JsonObject {
    if (!isMapLike(item)) return { INVALID: 'not a map of attributes' };
    const map: Record<string, JsonValue> = {};
    for (const [name, value] of entriesOf(item)) {
      if (typeof value !== 'function') setField(map, name, this.encodeAttribute(name, value, options, tree));
    }
    return map;
  }

  /** The value of attribute `name` (relative to `tree`), redacted where the paths say. */
  encodeAttribute(name: string, value: unknown, options: EncodeOptions, tree: RedactionTree = this.#tree): JsonObject {
    const rule = tree.get(name);
    if (rule === undefined) return encodeAttributeValue(value, options);
    if (rule === 'all') return this.redact(value);
    if (Array.isArray(value)) return { L: value.map((element: unknown) => (isMapLike(element) ? { M: this.encodeItem(element, options, rule) } : encodeAttributeValue(element, options))) };
    if (isMapLike(value)) return { M: this.encodeItem(value, options, rule) };
    return encodeAttributeValue(value, options);
  }

  /** Whether any expression of a request may compare or assign a redacted attribute. */
  mentions(expressions: readonly string[], names: Readonly<Record<string, unknown>> | undefined): boolean {
    const roots = this.attributes;
    if (roots.length === 0) return false;
    const named = Object.values(names ?? {});
    return roots.some((root) => named.includes(root) || expressions.some((expression) => wordIn(expression, root)));
  }

  /** The value this session saw behind a marker, or the marker itself as a string. */
  restore(marker: string): DocumentValue {
    return this.#seen.get(marker) ?? `[redacted ${marker}]`;
  }

  /** `text` without any redacted value this session has seen (error messages may quote them). */
  scrub(text: string): string {
    if (this.#secrets.size === 0) return text;
    this.#scrubOrder ??= [...this.#secrets].sort((a, b) => b.length - a.length);
    let scrubbed = text;
    for (const secret of this.#scrubOrder) {
      if (scrubbed.includes(secret)) scrubbed = scrubbed.split(secret).join('[redacted]');
    }
    return scrubbed;
  }
}

function wordIn(expression: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = expression.indexOf(word, from);
    if (at < 0) return false;
    const before = expression.charAt(at - 1);
    const after = expression.charAt(at + word.length);
    if (!/[\w#:]/.test(before) && !/\w/.test(after)) return true;
    from = at + 1;
  }
}
