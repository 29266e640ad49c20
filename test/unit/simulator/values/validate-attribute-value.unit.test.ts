import { expect } from 'chai';
import fc from 'fast-check';
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import {
  ITEM_CONTEXT, VALUE_CONTEXT, expressionValueContext, validateAndCanonicalizeItem, validateAndCanonicalizeValue,
} from '../../../../adapters/simulator/values/validate-attribute-value.js';
import { attributeMap } from './attribute-value-arbitrary.js';
import { spelledDecimal, plainOf, limitError } from './decimal-reference.js';
import { NESTING, nestedMaps, probedExpressionValues, probedItems, probedValues } from './validation-probes.js';

function outcome(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof SimulatorError)) throw error;
    return `${error.errorName}: ${error.message}`;
  }
}

const validation = (message: string | undefined): string | undefined => (message === undefined ? undefined : `ValidationException: ${message}`);

/** Every object and byte array reachable from a value, to check that results share nothing with inputs. */
function reachable(value: unknown, into = new Set<unknown>()): Set<unknown> {
  if (typeof value === 'object' && value !== null) {
    into.add(value);
    if (!(value instanceof Uint8Array)) for (const child of Object.values(value)) reachable(child, into);
  }
  return into;
}

describe('validateAndCanonicalizeItem', () => {
  for (const [label, value, message] of probedValues) {
    it(`${message === undefined ? 'accepts' : 'rejects'} ${label} as DynamoDB does`, () => {
      expect(outcome(() => validateAndCanonicalizeItem({ pk: { S: 'k' }, a: value }, ITEM_CONTEXT))).to.equal(validation(message));
    });
  }

  for (const [label, attributes, message] of probedItems) {
    it(`reports the first problem in document order: ${label}`, () => {
      expect(outcome(() => validateAndCanonicalizeItem({ pk: { S: 'k' }, ...attributes }, ITEM_CONTEXT))).to.equal(validation(message));
    });
  }

  it('returns canonical numbers, also in number sets, keeping the order of set members', () => {
    const item = validateAndCanonicalizeItem({ n: { N: '007.500' }, s: { NS: ['3', '1.0', '+02', '1e3'] }, l: { L: [{ N: '-0' }] } }, ITEM_CONTEXT);
    expect(item).to.deep.equal({ n: { N: '7.5' }, s: { NS: ['3', '1', '2', '1000'] }, l: { L: [{ N: '0' }] } });
  });

  it('reads every spelling of a number as its canonical form, or rejects it with the limit error', () => {
    fc.assert(
      fc.property(spelledDecimal, ({ text, value }) => {
        const error = limitError(value);
        const run = (): AttributeMap => validateAndCanonicalizeItem({ n: { N: text } }, ITEM_CONTEXT);
        if (error === undefined) expect(run()).to.deep.equal({ n: { N: plainOf(value) } });
        else expect(outcome(run)).to.equal(validation(error));
      }),
      { numRuns: 200 },
    );
  });

  it('returns an equal value that shares no object or buffer with the input', () => {
    fc.assert(
      fc.property(attributeMap, (item) => {
        const result = validateAndCanonicalizeItem(item, ITEM_CONTEXT);
        expect(result).to.deep.equal(item);
        const inputs = reachable(item);
        for (const part of reachable(result)) expect(inputs.has(part)).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });

  it('copies binaries, so that mutating the request later changes nothing', () => {
    const bytes = Buffer.from([1, 2, 3]);
    const member = Uint8Array.of(4, 5);
    const result = validateAndCanonicalizeItem({ b: { B: bytes }, s: { BS: [member] } }, ITEM_CONTEXT);
    bytes[0] = 9;
    member[0] = 9;
    expect(result).to.deep.equal({ b: { B: Uint8Array.of(1, 2, 3) }, s: { BS: [Uint8Array.of(4, 5)] } });
    expect(Buffer.isBuffer((result['b'] as { B: Uint8Array }).B)).to.equal(false);
  });

  it('skips members set to undefined, as JSON would', () => {
    expect(validateAndCanonicalizeItem({ a: { S: 'x', N: undefined }, b: undefined }, ITEM_CONTEXT)).to.deep.equal({ a: { S: 'x' } });
  });

  it('keeps an attribute named __proto__ as an ordinary attribute', () => {
    const item = validateAndCanonicalizeItem(JSON.parse('{"__proto__":{"S":"x"},"M":{"M":{"__proto__":{"N":"1"}}}}'), ITEM_CONTEXT);
    expect(Object.keys(item)).to.deep.equal(['__proto__', 'M']);
    expect(Object.getPrototypeOf(item)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).to.deep.equal({ S: 'x' });
    const inner = (item['M'] as { M: AttributeMap }).M;
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).to.deep.equal({ N: '1' });
  });

  describe('values of the wrong JSON type (a SerializationException, as DynamoDB\'s deserializer answers; DynamoDB Local coerces some)', () => {
    const cases: readonly (readonly [string, unknown, string])[] = [
      ['a number as a string', { S: 1 }, 'NUMBER_VALUE cannot be converted to String'],
      ['a number as a number', { N: 1 }, 'NUMBER_VALUE cannot be converted to String'],
      ['a map as a string', { S: { S: 'x' } }, 'Start of structure or map found where not expected'],
      ['a list as a string', { S: ['x'] }, 'Start of list found where not expected'],
      ['a string as a boolean', { BOOL: 'true' }, 'STRING_VALUE cannot be converted to Boolean'],
      ['a string as NULL', { NULL: 'x' }, 'STRING_VALUE cannot be converted to Boolean'],
      ['a string as a binary', { B: 'AAA=' }, 'STRING_VALUE cannot be converted to Blob'],
      ['a map as a list', { L: {} }, 'Start of structure or map found where not expected'],
      ['a list as a map', { M: [] }, 'Start of list found where not expected'],
      ['a string as a string set', { SS: 'a' }, 'STRING_VALUE cannot be converted to List'],
      ['a number in a string set', { SS: [1] }, 'NUMBER_VALUE cannot be converted to String'],
      ['a string as a value', 'str', 'STRING_VALUE cannot be converted to AttributeValue'],
      ['a list as a value', [], 'Start of list found where not expected'],
    ];
    for (const [label, value, message] of cases) {
      it(`rejects ${label}`, () => {
        expect(outcome(() => validateAndCanonicalizeItem({ a: value }, ITEM_CONTEXT))).to.equal(`SerializationException: ${message}`);
      });
    }

    it('rejects an item that is not a map', () => {
      expect(outcome(() => validateAndCanonicalizeItem([], ITEM_CONTEXT))).to.equal('SerializationException: Start of list found where not expected');
    });
  });

  it('rejects a null binary set member with a ValidationException (DynamoDB Local fails internally)', () => {
    expect(outcome(() => validateAndCanonicalizeItem({ a: { BS: [Uint8Array.of(1), null] } }, ITEM_CONTEXT)))
      .to.equal('ValidationException: One or more parameter values were invalid: An binary set may not have a null binary as a member');
  });

  it('counts the item as a nesting level, but not a standalone value', () => {
    expect(outcome(() => validateAndCanonicalizeItem({ a: nestedMaps(31) }, ITEM_CONTEXT))).to.equal(undefined);
    expect(outcome(() => validateAndCanonicalizeItem({ a: nestedMaps(32) }, ITEM_CONTEXT))).to.equal(validation(NESTING));
    expect(outcome(() => validateAndCanonicalizeValue(nestedMaps(32), VALUE_CONTEXT))).to.equal(undefined);
    expect(outcome(() => validateAndCanonicalizeValue(nestedMaps(33), VALUE_CONTEXT))).to.equal(validation(NESTING));
    expect(outcome(() => validateAndCanonicalizeValue(nestedMaps(31), ITEM_CONTEXT))).to.equal(undefined);
    expect(outcome(() => validateAndCanonicalizeValue(nestedMaps(32), ITEM_CONTEXT))).to.equal(validation(NESTING));
  });
});

describe('validateAndCanonicalizeValue', () => {
  for (const [label, value, message] of probedExpressionValues) {
    it(`words the error of an expression attribute value with ${label} as DynamoDB does`, () => {
      expect(outcome(() => validateAndCanonicalizeValue(value, expressionValueContext(':v'))))
        .to.equal(`ValidationException: ExpressionAttributeValues contains invalid value: ${message} for key :v`);
    });
  }

  it('does not reword errors of standalone values', () => {
    for (const [, value, message] of probedExpressionValues) {
      expect(outcome(() => validateAndCanonicalizeValue(value, VALUE_CONTEXT))).to.equal(validation(message));
    }
  });

  it('does not reword deserialization errors of expression values', () => {
    expect(outcome(() => validateAndCanonicalizeValue({ S: 1 }, expressionValueContext(':v')))).to.equal('SerializationException: NUMBER_VALUE cannot be converted to String');
  });

  it('returns a fresh canonical value', () => {
    const input: AttributeValue = { L: [{ N: '1.50' }, { B: Uint8Array.of(1) }] };
    const result = validateAndCanonicalizeValue(input, expressionValueContext(':v'));
    expect(result).to.deep.equal({ L: [{ N: '1.5' }, { B: Uint8Array.of(1) }] });
    expect((result as { L: AttributeValue[] }).L[1]).to.not.equal((input as { L: AttributeValue[] }).L[1]);
  });
});
