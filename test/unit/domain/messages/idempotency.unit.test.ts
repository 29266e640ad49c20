import { expect } from 'chai';
import fc from 'fast-check';
import { decideIdempotency } from '../../../../domain/messages/idempotency.js';
import { clientContentOfMessage, createMessage } from '../../../../domain/messages/message.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { frozenJson } from '../../../../domain/values/frozen-json.js';
import type { JsonValue } from '../../../../domain/values/json-value.js';
import { storableJson } from '../support/storable-json.js';

const json: fc.Arbitrary<JsonValue> = storableJson.map((value) => frozenJson(value, 'value'));

function reordered(value: JsonValue): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map(reordered);
  const object = value as Readonly<Record<string, JsonValue>>;
  return Object.fromEntries(Object.keys(object).reverse().map((key) => [key, reordered(object[key] as JsonValue)]));
}

describe('the idempotency decision', () => {
  it('is a duplicate for the same content, whatever the key order', () => {
    fc.assert(fc.property(json, (value) => {
      expect(decideIdempotency(value, value)).to.equal('duplicate');
      expect(decideIdempotency(value, reordered(value))).to.equal('duplicate');
    }));
  });

  it('is symmetric, and a duplicate exactly when the JSON texts of sorted keys are equal', () => {
    fc.assert(fc.property(json, json, (left, right) => {
      const decision = decideIdempotency(left, right);
      expect(decideIdempotency(right, left)).to.equal(decision);
      const sameText = JSON.stringify(left) === JSON.stringify(right);
      if (sameText) expect(decision).to.equal('duplicate');
    }));
  });

  it('is a conflict for any change in a client-supplied field', () => {
    const message = createMessage({ eventId: 'e', eventType: 'T', payload: { a: [1, 2], b: { c: 'x' } } });
    const changes = [
      { eventId: 'e', eventType: 'U', payload: { a: [1, 2], b: { c: 'x' } } },
      { eventId: 'e', eventType: 'T', payload: { a: [2, 1], b: { c: 'x' } } },
      { eventId: 'e', eventType: 'T', payload: { a: [1, 2], b: { c: 'x', d: null } } },
      { eventId: 'e', eventType: 'T', payload: { a: [1, 2], b: { c: 'X' } } },
      { eventId: 'e', eventType: 'T', payload: { a: [1, 2.5], b: { c: 'x' } } },
    ];
    for (const change of changes) expect(decideIdempotency(clientContentOfMessage(message), clientContentOfMessage(createMessage(change)))).to.equal('conflict');
  });

  it('checks messages field by field', () => {
    expect(() => createMessage({ eventId: 'e', eventType: 'T' })).to.throw(InvalidInputError, /payload/);
    expect(() => createMessage({ eventId: 'e'.repeat(2049), eventType: 'T', payload: {} })).to.throw(InvalidInputError, /2048/);
    expect(Object.isFrozen(createMessage({ eventId: 'e', eventType: 'T', payload: { a: {} } }).payload['a'])).to.equal(true);
  });
});
