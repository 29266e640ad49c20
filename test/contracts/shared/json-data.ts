/**
 * Small JSON objects for event data and payloads: numbers, strings (also empty and non-ASCII),
 * booleans, nulls, lists and nested maps, the shapes a document store must give back unchanged.
 */
import fc from 'fast-check';
import type { JsonObject } from '../../../domain/values/json-value.js';

const scalar = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((value) => value === 0 ? !Object.is(value, -0) : Math.abs(value) >= 1e-100), fc.string({ maxLength: 6 }), fc.constantFrom('é', '日本', '🙂', ''), fc.boolean(), fc.constant(null));

export const jsonDataArbitrary: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({ n: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ n: fc.integer({ min: 0, max: 99 }), note: fc.string({ maxLength: 8 }) }),
  fc.record({ n: fc.integer({ min: 0, max: 99 }), list: fc.array(scalar, { maxLength: 3 }), nested: fc.record({ flag: fc.boolean(), value: scalar }) }),
);
