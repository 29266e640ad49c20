/**
 * The heart of the adapter, shared by the DynamoDB and the streams port of one cassette: every
 * request is encoded (canonical, redacted), normalised into a match key, and then answered from
 * the cassette, or passed to the target and recorded, as the mode says.
 */
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { DecodeOptions } from '../codec/attribute-value-codec.js';
import { decodeMessage, encodeMessage } from '../codec/message-codec.js';
import { shapesOf } from '../codec/message-shapes.js';
import { formatCassette, parseCassette, type Interaction } from '../cassette/cassette.js';
import type { CassetteStore } from '../cassette/cassette-store.js';
import type { JsonObject } from '../json-value.js';
import { isJsonObject } from '../json-value.js';
import { InteractionIndex, type MatchingOrder, type RecordedEntry } from '../matching/interaction-index.js';
import { unmatchedRequestError } from '../matching/unmatched-request-error.js';
import { Bindings } from '../normalize/bindings.js';
import { PLACEHOLDER, parsePlaceholder, placeholder } from '../normalize/placeholder.js';
import { PlaceholderRenumbering } from '../normalize/renumber-placeholders.js';
import type { Tokenizer } from '../normalize/tokenizer.js';
import type { Redactor } from '../redaction/redactor.js';
import { RecordReplayError } from '../record-replay-error.js';
import type { RecordReplayMode, SaveMode } from '../record-replay-options.js';
import { forgetAtExit, saveAtExit } from './exit-saver.js';
import { loadEntries, matchKey } from './load-entries.js';
import { decodeRecordedError, encodeRecordedError } from './recorded-error.js';

export interface SessionSettings {
  readonly mode: RecordReplayMode;
  readonly store: CassetteStore | undefined;
  readonly matching: MatchingOrder;
  readonly tokenizer: Tokenizer;
  readonly redactor: Redactor;
  readonly wrapNumbers: boolean | undefined;
  readonly save: SaveMode;
}

/** One recorded interaction, by its place in the cassette. */
export interface InteractionSummary {
  readonly index: number;
  readonly operation: string;
}

/** A place in the recording order, filled when the target answers. */
interface Slot {
  entry: RecordedEntry | undefined;
}

const SHOWN_UNREPLAYED = 10;

/**
 * Values shorter than this are not recognised outside their own fields: generated values (ids,
 * ARNs, timestamps, iterators) are long, while a short one (a token `1`) would turn every equal
 * string of the run into a placeholder, and a replay with another short value would then differ.
 */
const MIN_KNOWN_LENGTH = 8;

export class RecordReplaySession {
  readonly mode: RecordReplayMode;
  readonly #settings: SessionSettings;
  readonly #bindings = new Bindings();
  readonly #index: InteractionIndex;
  readonly #wrapNumbers: boolean;
  readonly #decode: DecodeOptions;
  readonly #known = (text: string): string | undefined => (text.length >= MIN_KNOWN_LENGTH ? this.#bindings.nameOf(text) : undefined);
  /** This session's interactions in the order of use: replayed ones and recorded ones. */
  readonly #sequence: Slot[] = [];
  readonly #inFlight = new Set<Promise<unknown>>();
  #recorded = 0;
  #saved = 0;
  #closed = false;
  #saving: Promise<void> = Promise.resolve();

  constructor(settings: SessionSettings) {
    this.mode = settings.mode;
    this.#settings = settings;
    const text = settings.mode === 'replay' || settings.mode === 'record-missing' ? settings.store?.read() : undefined;
    if (text === undefined && settings.mode === 'replay') {
      throw new RecordReplayError({ kind: 'cassette-not-found', message: `replay needs a recorded cassette, and ${settings.store?.description ?? 'none'} does not exist: record it first (mode 'record' or 'record-missing')` });
    }
    const cassette = text === undefined ? undefined : parseCassette(text, settings.store?.description ?? 'the cassette');
    this.#wrapNumbers = settings.wrapNumbers ?? cassette?.numbers === 'wrapped';
    this.#index = new InteractionIndex(cassette === undefined ? [] : loadEntries(cassette, settings.tokenizer), settings.matching);
    // A cassette that does not exist yet is written even when nothing new was recorded.
    if (settings.mode === 'record' || (settings.mode === 'record-missing' && text === undefined)) this.#saved = -1;
    this.#decode = {
      wrapNumbers: this.#wrapNumbers,
      text: (value) => (value.includes('{{') ? value.replace(PLACEHOLDER, (_match, name: string, n: string) => this.#valueFor(name, Number(n))) : value),
      redacted: (marker) => settings.redactor.restore(marker),
    };
  }

  /** Answers one request as the mode says; `forward` passes it to the target, if there is one. */
  exchange(operation: string, input: unknown, forward: (() => Promise<unknown>) | undefined): Promise<unknown> {
    if (this.#closed) return Promise.reject(new RecordReplayError({ kind: 'closed', operation, message: `${operation} after close(): this record/replay port (${this.#description()}) is closed` }));
    if (this.mode === 'passthrough') return this.#forwardOnly(operation, forward);
    const { input: inputShape } = shapesOf(operation);
    const request = encodeMessage(inputShape, input, { canonical: true, redactor: this.#settings.redactor, membersOnly: true });
    const { shape, occurrences } = this.#settings.tokenizer.tokenize(request, this.#known);
    const key = matchKey(operation, shape);
    if (this.mode !== 'record') {
      const entry = this.#index.take(key, occurrences, this.#bindings);
      if (entry !== undefined) {
        this.#sequence.push({ entry });
        return this.#answer(entry);
      }
      if (this.mode === 'replay') {
        return Promise.reject(unmatchedRequestError({ operation, request, occurrences, known: this.#known, source: this.#description() }, this.#index, this.#settings.tokenizer, this.#bindings));
      }
    }
    if (forward === undefined) return this.#forwardOnly(operation, forward);
    return this.#track(this.#record(operation, request, key, forward));
  }

  #forwardOnly(operation: string, forward: (() => Promise<unknown>) | undefined): Promise<unknown> {
    if (forward === undefined) return Promise.reject(new RecordReplayError({ kind: 'missing-target', operation, message: `${operation} must go to the target in mode ${this.mode}, and this port has no target for it` }));
    return forward();
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inFlight.add(promise);
    const forget = (): void => {
      this.#inFlight.delete(promise);
    };
    promise.then(forget, forget);
    return promise;
  }

  #numbered(tree: JsonObject): JsonObject {
    const rendered = this.#settings.tokenizer.render(tree, (occurrence) => placeholder(occurrence.name, this.#bindings.numberFor(occurrence.name, occurrence.value)), this.#known);
    return isJsonObject(rendered) ? rendered : {};
  }

  async #record(operation: string, requestTree: JsonObject, key: string, forward: () => Promise<unknown>): Promise<unknown> {
    // The request's values are numbered before the response's: first appearance, in call order.
    const request = this.#numbered(requestTree);
    const slot: Slot = { entry: undefined };
    this.#sequence.push(slot);
    const complete = (outcome: Pick<Interaction, 'response' | 'error'>): void => {
      const interaction: Interaction = { index: -1, operation, request, ...outcome };
      const numbers = this.#settings.tokenizer.tokenize(request).occurrences.map(({ name, value }) => ({ name, n: parsePlaceholder(value)?.n ?? 0 }));
      slot.entry = { interaction, key, numbers, used: true };
      this.#recorded += 1;
      this.#afterRecording();
    };
    let output: unknown;
    try {
      output = await forward();
    } catch (error) {
      // Only DynamoDbErrors are DynamoDB's answers; anything else is a fault of the caller or the
      // target, and is passed on unrecorded (a replay then reports the request as unmatched).
      if (DynamoDbError.is(error)) complete({ error: this.#numbered(encodeRecordedError(error, this.#settings.redactor)) });
      else this.#sequence.splice(this.#sequence.indexOf(slot), 1);
      throw error;
    }
    const { output: outputShape } = shapesOf(operation);
    complete({ response: this.#numbered(encodeMessage(outputShape, output, { canonical: false, redactor: this.#settings.redactor, membersOnly: true })) });
    return output;
  }

  #afterRecording(): void {
    if (this.#settings.save === 'each-interaction') {
      this.save().catch(() => undefined);
    } else {
      saveAtExit(this);
    }
  }

  #valueFor(name: string, n: number): string {
    const bound = this.#bindings.valueOf(name, n);
    if (bound !== undefined) return bound;
    const fresh = this.#settings.tokenizer.fresh(name, n);
    this.#bindings.bind(name, n, fresh);
    return fresh;
  }

  #answer(entry: RecordedEntry): Promise<unknown> {
    try {
      const { interaction } = entry;
      if (interaction.error !== undefined) return Promise.reject(decodeRecordedError(interaction.error, this.#decode));
      return Promise.resolve(decodeMessage(shapesOf(interaction.operation).output, interaction.response ?? {}, this.#decode));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #description(): string {
    return this.#settings.store?.description ?? 'no cassette';
  }

  #interactionsToWrite(): Interaction[] {
    const used = this.#sequence.map((slot) => slot.entry).filter((entry): entry is RecordedEntry => entry !== undefined);
    const kept = this.mode === 'record-missing' ? this.#index.unused() : [];
    const renumbering = new PlaceholderRenumbering();
    return [...used, ...kept].map(({ interaction }, index) => {
      const renumber = (tree: JsonObject | undefined): JsonObject | undefined => (tree === undefined ? undefined : (renumbering.apply(tree) as JsonObject));
      const request = renumber(interaction.request) ?? {};
      return { index, operation: interaction.operation, request, response: renumber(interaction.response), error: renumber(interaction.error) };
    });
  }

  #text(): string {
    return formatCassette({ numbers: this.#wrapNumbers ? 'wrapped' : 'native', interactions: this.#interactionsToWrite() });
  }

  #writes(): boolean {
    return (this.mode === 'record' || this.mode === 'record-missing') && this.#settings.store !== undefined && this.#saved !== this.#recorded;
  }

  /** Writes the cassette now (record modes, when something is unsaved); one write at a time. */
  save(): Promise<void> {
    const run = async (): Promise<void> => {
      const store = this.#settings.store;
      if (!this.#writes() || store === undefined) return;
      const recorded = this.#recorded;
      await store.write(this.#text());
      this.#saved = recorded;
      if (this.#saved === this.#recorded) forgetAtExit(this);
    };
    this.#saving = this.#saving.then(run, run);
    return this.#saving;
  }

  saveOnExit(): void {
    if (this.#writes()) this.#settings.store?.writeSync(this.#text());
  }

  /** Waits for requests in flight, saves, and refuses further requests. */
  async close(): Promise<void> {
    if (this.#closed) return this.#saving;
    await Promise.allSettled([...this.#inFlight]);
    this.#closed = true;
    await this.save();
    forgetAtExit(this);
  }

  /** Recorded interactions this session has not replayed (replay and record-missing). */
  unreplayed(): InteractionSummary[] {
    return this.#index.unused().map(({ interaction }) => ({ index: interaction.index, operation: interaction.operation }));
  }

  assertAllReplayed(): void {
    const unused = this.unreplayed();
    if (unused.length === 0) return;
    const shown = unused.slice(0, SHOWN_UNREPLAYED).map(({ index, operation }) => `#${index} ${operation}`).join(', ');
    throw new RecordReplayError({
      kind: 'unreplayed-interactions',
      message: `${unused.length} recorded interaction(s) of ${this.#description()} were never requested: ${shown}${unused.length > SHOWN_UNREPLAYED ? ', …' : ''}`,
    });
  }
}

