/**
 * Event schema versions and upcasters. Each event type has a current schema version: 1 plus the
 * highest `fromVersion` registered for it. An event stored at an older version is read through
 * the chain of upcasters from its version to the current one, so that readers only ever see the
 * current shape; stored events are never rewritten.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { SchemaVersionError } from '../errors/schema-version-error.js';
import { frozenJsonObject } from '../values/frozen-json.js';
import type { JsonObject } from '../values/json-value.js';
import { schemaVersion, type SchemaVersion } from '../values/versions.js';

export interface Upcaster {
  readonly eventType: string;
  /** Turns data of this version into data of `fromVersion + 1`. */
  readonly fromVersion: number;
  readonly upcast: (data: JsonObject) => unknown;
}

export interface UpcasterRegistry {
  /** The version new events of this type are written at (1 when none is registered). */
  currentVersion(eventType: string): SchemaVersion;
  /** The data brought from `version` to the current version of its type. */
  upcast(eventType: string, version: SchemaVersion, data: JsonObject): JsonObject;
}

/**
 * Builds a registry; the chain of each type must start at version 1 and have no gaps or
 * duplicates, so that every old version has a way to the current one.
 */
export function createUpcasterRegistry(upcasters: readonly Upcaster[] = []): UpcasterRegistry {
  const chains = new Map<string, ((data: JsonObject) => unknown)[]>();
  upcasters.forEach((upcaster, index) => {
    const from = schemaVersion(upcaster.fromVersion, `upcasters[${index}].fromVersion`);
    if (typeof upcaster.upcast !== 'function') throw new InvalidInputError(`upcasters[${index}].upcast`, 'must be a function');
    const chain = chains.get(upcaster.eventType) ?? [];
    if (chain[from - 1] !== undefined) throw new InvalidInputError(`upcasters[${index}]`, `registers a second upcaster from version ${from} of ${upcaster.eventType}`);
    chain[from - 1] = upcaster.upcast;
    chains.set(upcaster.eventType, chain);
  });
  for (const [type, chain] of chains) {
    for (let index = 0; index < chain.length; index++) {
      if (chain[index] === undefined) throw new SchemaVersionError(type, index + 1, 'invalid-registry', `no upcaster from version ${index + 1} of ${type}, but one from a later version`);
    }
  }

  return Object.freeze({
    currentVersion(eventType: string): SchemaVersion {
      return ((chains.get(eventType)?.length ?? 0) + 1) as SchemaVersion;
    },
    upcast(eventType: string, version: SchemaVersion, data: JsonObject): JsonObject {
      const chain = chains.get(eventType) ?? [];
      const current = chain.length + 1;
      if (version > current) {
        throw new SchemaVersionError(eventType, version, 'newer-than-current', `${eventType} stored at schema version ${version}, newer than the current version ${current} this reader knows`);
      }
      let result = data;
      for (let from = version; from < current; from++) {
        const step = chain[from - 1];
        if (step === undefined) throw new SchemaVersionError(eventType, from, 'missing-upcaster', `no upcaster from version ${from} of ${eventType}`);
        result = frozenJsonObject(step(result), `upcaster of ${eventType} from version ${from}`);
      }
      return result;
    },
  });
}
