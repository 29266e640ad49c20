/**
 * A cassette's interactions as match entries. Loading normalises the recorded trees with the
 * normalizers of this session, as if they had been recorded with them: placeholders already in
 * the file keep their numbers, and values that a normalizer added since the recording are
 * numbered after them. So a normalizer can be added without recording again.
 */
import type { Cassette, Interaction } from '../cassette/cassette.js';
import type { JsonObject, JsonValue } from '../json-value.js';
import { isJsonObject } from '../json-value.js';
import type { RecordedEntry } from '../matching/interaction-index.js';
import { Bindings } from '../normalize/bindings.js';
import { PLACEHOLDER, parsePlaceholder, placeholder } from '../normalize/placeholder.js';
import type { Tokenizer } from '../normalize/tokenizer.js';

function reservePlaceholders(tree: JsonValue, numbering: Bindings): void {
  const reserve = (text: string): void => {
    if (!text.includes('{{')) return;
    for (const match of text.matchAll(PLACEHOLDER)) numbering.bind(match[1] ?? '', Number(match[2]), match[0]);
  };
  if (typeof tree === 'string') reserve(tree);
  else if (Array.isArray(tree)) for (const element of tree as readonly JsonValue[]) reservePlaceholders(element, numbering);
  else if (isJsonObject(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      reserve(key);
      reservePlaceholders(value, numbering);
    }
  }
}

/** The key that matches requests: operation and normalised request. */
export function matchKey(operation: string, shape: string): string {
  return `${operation}\n${shape}`;
}

export function loadEntries(cassette: Cassette, tokenizer: Tokenizer): RecordedEntry[] {
  const numbering = new Bindings();
  for (const interaction of cassette.interactions) {
    reservePlaceholders(interaction.request, numbering);
    if (interaction.response !== undefined) reservePlaceholders(interaction.response, numbering);
    if (interaction.error !== undefined) reservePlaceholders(interaction.error, numbering);
  }
  const normalise = (tree: JsonObject): JsonObject => {
    const rendered = tokenizer.render(tree, (occurrence) => (parsePlaceholder(occurrence.value) === undefined ? placeholder(occurrence.name, numbering.numberFor(occurrence.name, occurrence.value)) : occurrence.value));
    return isJsonObject(rendered) ? rendered : {};
  };
  return cassette.interactions.map((recorded): RecordedEntry => {
    const interaction: Interaction = {
      index: recorded.index,
      operation: recorded.operation,
      request: normalise(recorded.request),
      response: recorded.response === undefined ? undefined : normalise(recorded.response),
      error: recorded.error === undefined ? undefined : normalise(recorded.error),
    };
    const { shape, occurrences } = tokenizer.tokenize(interaction.request);
    const numbers = occurrences.map((occurrence) => {
      const parsed = parsePlaceholder(occurrence.value);
      return { name: parsed?.name ?? occurrence.name, n: parsed?.n ?? 0 };
    });
    return { interaction, key: matchKey(interaction.operation, shape), numbers, used: false };
  });
}
