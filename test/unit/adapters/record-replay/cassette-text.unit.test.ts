import { expect } from 'chai';
import fc from 'fast-check';
import { formatCassette, parseCassette, type Interaction } from '../../../../adapters/record-replay/cassette/cassette.js';
import { canonicalJson, prettyJson } from '../../../../adapters/record-replay/cassette/stable-json.js';
import type { JsonValue } from '../../../../adapters/record-replay/json-value.js';

const json: fc.Arbitrary<JsonValue> = fc.jsonValue() as fc.Arbitrary<JsonValue>;

function reordered(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map((element: JsonValue) => reordered(element));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([key, field]) => [key, reordered(field)]));
  return value;
}

describe('record/replay cassette text', () => {
  it('is the same text for the same content, whatever the key order (property)', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(prettyJson(reordered(value), '  ')).to.equal(prettyJson(value, '  '));
        expect(canonicalJson(reordered(value))).to.equal(canonicalJson(value));
        expect(JSON.parse(prettyJson(value))).to.deep.equal(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('sorts integer-like keys as text, where JSON.stringify would put them first', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: 3, a: 4 })).to.equal('{"10":2,"9":3,"a":4,"b":1}');
  });

  it('keeps a small value on one line and spreads a large one', () => {
    expect(prettyJson({ outer: { S: 'short' } })).to.equal('{\n  "outer": { "S": "short" }\n}');
    const long = { outer: { S: 'x'.repeat(80) } };
    expect(prettyJson(long)).to.equal(`{\n  "outer": {\n    "S": "${'x'.repeat(80)}"\n  }\n}`);
  });

  it('writes the header and each interaction with its keys in a fixed order, and reads it back', () => {
    const interactions: Interaction[] = [
      { index: 0, operation: 'GetItem', request: { TableName: 't', Key: { id: { S: 'a' } } }, response: { Item: { id: { S: 'a' } } } },
      { index: 1, operation: 'PutItem', request: { TableName: 't', Item: { id: { S: 'a' } } }, error: { kind: 'service', reason: 'ResourceNotFound', errorName: 'ResourceNotFoundException', message: 'Requested resource not found', retryable: false } },
    ];
    const text = formatCassette({ numbers: 'native', interactions });
    expect(text.split('\n').slice(0, 7)).to.deep.equal([
      '{',
      '  "format": "dynamo-hexagon record/replay cassette",',
      '  "version": 1,',
      '  "numbers": "native",',
      '  "interactions": [',
      '    {',
      '      "index": 0,',
    ]);
    expect(text.indexOf('"operation": "GetItem"')).to.be.lessThan(text.indexOf('"request"'));
    expect(text.endsWith('}\n')).to.equal(true);
    const parsed = parseCassette(text, 'test');
    expect(parsed.interactions.map(({ index, operation, request, response, error }) => ({ index, operation, request, ...(response === undefined ? {} : { response }), ...(error === undefined ? {} : { error }) }))).to.deep.equal(interactions);
    expect(formatCassette(parsed)).to.equal(text);
  });
});
