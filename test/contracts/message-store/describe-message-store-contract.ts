/**
 * Declares the MessageStore contract as mocha tests: the store's surface (put and get, nothing
 * else), a model-based property and a race property (fc.scheduler), each on a fresh subject.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { JsonObject } from '../../../domain/values/json-value.js';
import { checkProperty, commandsArbitrary } from '../shared/check-property.js';
import { declareProperties } from '../shared/declare-properties.js';
import { jsonDataArbitrary } from '../shared/json-data.js';
import { runPrefixes, withSubject } from '../shared/run-subject.js';
import { mergeSettings, resolveRuns, type Environment } from '../shared/store-contract-settings.js';
import { AdvanceMessageClockCommand, CallerRetryPutCommand, expectStoredMessage, GetCommand, INVALID_MESSAGES, InvalidPutCommand, PutCommand, SwitchMessageStoreCommand, type MessageStoreSystem } from './message-store-commands.js';
import { MESSAGE_IDS, MessageStoreModel, type MessageContent } from './message-store-model.js';
import { messageRaceArbitrary, runMessageRace } from './message-store-race.js';
import { DEFAULT_MESSAGE_STORE_CAPABILITIES, type MessageStoreContractCapabilities, type MessageStoreFactory } from './message-store-under-test.js';

const ORDER: JsonObject = { order: 'o-1', lines: [{ sku: 'a', quantity: 2 }], total: 12.5 };
// The same payload with its keys in another order: the same content.
const ORDER_REORDERED: JsonObject = { total: 12.5, lines: [{ quantity: 2, sku: 'a' }], order: 'o-1' };

export const messageContentArbitrary: fc.Arbitrary<MessageContent> = fc.record({
  eventType: fc.constantFrom('OrderPlaced', 'OrderPaid'),
  payload: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(ORDER, ORDER_REORDERED, { order: 'o-2' }) }, { weight: 1, arbitrary: jsonDataArbitrary }),
});

function commands(capabilities: MessageStoreContractCapabilities): fc.Arbitrary<fc.AsyncCommand<MessageStoreModel, MessageStoreSystem>>[] {
  const id = fc.integer({ min: 0, max: MESSAGE_IDS - 1 });
  const control = capabilities.portControl && capabilities.ambiguousRetries > 0;
  const timeouts = control ? fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: capabilities.ambiguousRetries }) }) : fc.constant(0);
  const put = fc.tuple(id, messageContentArbitrary, timeouts).map(([i, content, t]) => new PutCommand(i, content, t));
  return [
    put,
    put,
    put,
    id.map((i) => new GetCommand(i)),
    fc.tuple(id, fc.constantFrom(...INVALID_MESSAGES)).map(([i, kind]) => new InvalidPutCommand(i, kind)),
    fc.constantFrom(1, 1000, 86_400_000).map((ms) => new AdvanceMessageClockCommand(ms)),
    fc.constant(new SwitchMessageStoreCommand()),
    ...(capabilities.portControl ? [fc.tuple(id, messageContentArbitrary).map(([i, content]) => new CallerRetryPutCommand(i, content))] : []),
  ];
}

interface Property {
  readonly title: string;
  readonly missing: string | undefined;
  run(title: string, factory: MessageStoreFactory, capabilities: MessageStoreContractCapabilities, environment?: Environment): Promise<void>;
}

const surface: Property = {
  title: 'has put and get and nothing else: no update, delete, scan or query, in the object or its prototypes',
  missing: undefined,
  run: (_title, factory) =>
    withSubject(factory, false, ({ messageStore }) => {
      const names = new Set<string>();
      for (let object: object | null = messageStore; object !== null && object !== Object.prototype; object = Object.getPrototypeOf(object) as object | null) {
        for (const key of Object.getOwnPropertyNames(object)) if (key !== 'constructor') names.add(key);
      }
      expect([...names].sort()).to.deep.equal(['get', 'put']);
      expect(Object.isFrozen(messageStore), 'the store cannot be given new methods').to.equal(true);
      return Promise.resolve();
    }),
};

const model: Property = {
  title: 'puts of new ids, duplicates, conflicts, lost answers and bad input, and gets, agree with the model',
  missing: undefined,
  run: (title, factory, capabilities, environment) =>
    withSubject(factory, capabilities.portControl, async (subject, control) => {
      const settings = resolveRuns(capabilities, environment);
      const nextPrefix = runPrefixes(capabilities.uniqueId());
      const property = fc.asyncProperty(commandsArbitrary(commands(capabilities), capabilities.maxCommands, settings), async (sequence) => {
        const runModel = new MessageStoreModel(nextPrefix(), subject.clock, subject.newMessageStore !== undefined);
        const system: MessageStoreSystem = { store: subject.messageStore, subject, control, capabilities };
        await fc.asyncModelRun(() => ({ model: runModel, real: system }), sequence);
        for (let index = 0; index < MESSAGE_IDS; index++) expectStoredMessage(await system.store.get(runModel.id(index)), runModel.get(runModel.id(index)), `at the end of the run, message ${index}`);
      });
      await checkProperty(title, property, settings, settings.numRuns);
    }),
};

function race(capabilities: MessageStoreContractCapabilities): Property {
  return {
    title: 'concurrent puts of one id: one accepted, the others duplicates of it or conflicts, the winner stored',
    missing: capabilities.portControl ? undefined : 'portControl: false',
    run: (title, factory, _capabilities, environment) =>
      withSubject(factory, true, async (subject, control) => {
        const settings = resolveRuns(capabilities, environment);
        const nextPrefix = runPrefixes(capabilities.uniqueId());
        const property = fc.asyncProperty(messageRaceArbitrary(messageContentArbitrary, capabilities.maxWriters), fc.scheduler(), async (messageRace, scheduler) => runMessageRace(subject, control, `${nextPrefix()}-raced`, messageRace, scheduler));
        await checkProperty(title, property, settings, settings.raceRuns);
      }),
  };
}

/** Runs one property outside mocha's declarations, for tests of the suite itself (see runEventStoreProperty). */
export async function runMessageStoreProperty(titleStart: string, factory: MessageStoreFactory, declared: Partial<MessageStoreContractCapabilities> = {}): Promise<void> {
  const capabilities = mergeSettings(DEFAULT_MESSAGE_STORE_CAPABILITIES, declared);
  const property = [surface, model, race(capabilities)].find((candidate) => candidate.title.startsWith(titleStart));
  if (property === undefined) throw new Error(`no MessageStore property starts with ${JSON.stringify(titleStart)}`);
  await property.run(property.title, factory, capabilities, {});
}

/** Declares the contract for one message store; see describeEventStoreContract for the factory. */
export function describeMessageStoreContract(name: string, factory: MessageStoreFactory, declared: Partial<MessageStoreContractCapabilities> = {}): void {
  const capabilities = mergeSettings(DEFAULT_MESSAGE_STORE_CAPABILITIES, declared);
  describe(`MessageStore contract: ${name}`, function () {
    declareProperties(
      [surface, model, race(capabilities)].map((property) => ({ ...property, run: (title: string) => property.run(title, factory, capabilities) })),
      capabilities.timeoutMs,
    );
  });
}
