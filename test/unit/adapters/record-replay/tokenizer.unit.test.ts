import { expect } from 'chai';
import fc from 'fast-check';
import { Bindings } from '../../../../adapters/record-replay/normalize/bindings.js';
import { normalizeFields, normalizePattern } from '../../../../adapters/record-replay/normalize/normalizer.js';
import { placeholder } from '../../../../adapters/record-replay/normalize/placeholder.js';
import { PlaceholderRenumbering } from '../../../../adapters/record-replay/normalize/renumber-placeholders.js';
import { Tokenizer } from '../../../../adapters/record-replay/normalize/tokenizer.js';

const tokenizer = new Tokenizer([normalizeFields('token', ['ClientRequestToken']), normalizePattern('id', /(?<=id-)\d+/), normalizePattern('hex', /\b[0-9a-f]{8}\b/)]);

describe('record/replay tokenizer', () => {
  it('finds whole fields, pattern matches inside strings and map keys, and existing placeholders', () => {
    const tree = { ClientRequestToken: 'abc', Note: { S: 'see id-12 and id-7, {{other:3}}' }, Map: { 'id-5': { S: 'deadbeef' } } };
    const { shape, occurrences } = tokenizer.tokenize(tree);
    const expected = { ClientRequestToken: '{{token}}', Map: { 'id-{{id}}': { S: '{{hex}}' } }, Note: { S: 'see id-{{id}} and id-{{id}}, {{other}}' } };
    expect(tokenizer.render(tree, (occurrence) => `{{${occurrence.name}}}`)).to.deep.equal(expected);
    expect(shape).to.equal(tokenizer.tokenize(expected).shape);
    expect(occurrences).to.deep.equal([
      { name: 'token', value: 'abc' },
      { name: 'id', value: '5' },
      { name: 'hex', value: 'deadbeef' },
      { name: 'id', value: '12' },
      { name: 'id', value: '7' },
      { name: 'other', value: '{{other:3}}' },
    ]);
  });

  it('gives different match keys to different requests, however their strings look (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (one, other) => {
        fc.pre(JSON.stringify(one) !== JSON.stringify(other));
        const plain = new Tokenizer([]);
        const key = (value: unknown): string => plain.tokenize({ value } as never).shape;
        const sameContent = JSON.stringify(plain.render(one as never, () => '')) === JSON.stringify(plain.render(other as never, () => ''));
        if (!sameContent) expect(key(one)).not.to.equal(key(other));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same match key to requests that differ only in normalised values, in every key order (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string(), fc.string(), (a, b, tokenA, tokenB) => {
        const one = tokenizer.tokenize({ ClientRequestToken: tokenA, Key: { id: { S: `id-${a}` } } });
        const other = tokenizer.tokenize({ Key: { id: { S: `id-${b}` } }, ClientRequestToken: tokenB });
        expect(other.shape).to.equal(one.shape);
      }),
      { numRuns: 100 },
    );
  });

  it('numbers values by first appearance through the bindings, and stand-ins come from the normalizer', () => {
    const bindings = new Bindings();
    const rendered = tokenizer.render({ a: { S: 'id-4 id-9 id-4' }, b: { S: 'id-9' } }, (occurrence) => placeholder(occurrence.name, bindings.numberFor(occurrence.name, occurrence.value)));
    expect(rendered).to.deep.equal({ a: { S: 'id-{{id:1}} id-{{id:2}} id-{{id:1}}' }, b: { S: 'id-{{id:2}}' } });
    expect(tokenizer.fresh('id', 3)).to.equal('{{id:3}}');
    expect(new Tokenizer([normalizeFields('x', ['X'], { fresh: (n) => `fresh-${n}` })]).fresh('x', 3)).to.equal('fresh-3');
  });

  it('treats a whole string this run already knows as run-dependent, wherever it appears', () => {
    const known = (text: string): string | undefined => (text === 'arn:known' ? 'arn' : undefined);
    const { occurrences } = tokenizer.tokenize({ Item: { where: { S: 'arn:known' }, other: { S: 'arn:known:suffix' } } }, known);
    expect(occurrences).to.deep.equal([{ name: 'arn', value: 'arn:known' }]);
  });
});

describe('record/replay bindings', () => {
  it('refuses one number for two values and one value for two numbers, all or nothing', () => {
    const bindings = new Bindings();
    expect(bindings.bindAll([{ name: 'id', n: 1, value: 'a' }, { name: 'id', n: 2, value: 'b' }])).to.equal(true);
    expect(bindings.bindAll([{ name: 'id', n: 1, value: 'c' }])).to.equal(false);
    expect(bindings.bindAll([{ name: 'id', n: 3, value: 'a' }])).to.equal(false);
    expect(bindings.bindAll([{ name: 'id', n: 3, value: 'x' }, { name: 'id', n: 3, value: 'y' }])).to.equal(false);
    expect(bindings.valueOf('id', 3)).to.equal(undefined);
    expect(bindings.bindAll([{ name: 'other', n: 1, value: 'a' }])).to.equal(true);
    expect(bindings.numberFor('id', 'new')).to.equal(3);
    expect(bindings.nameOf('a')).to.equal('id');
  });
});

describe('record/replay placeholder renumbering', () => {
  it('numbers by first appearance in reading order, one to one per name (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 12 }), (uses) => {
        const renumbering = new PlaceholderRenumbering();
        const renumbered = uses.map(([name, n]) => renumbering.apply({ S: placeholder(name, n) }));
        const seen = new Map<string, Map<number, number>>();
        uses.forEach(([name, n], position) => {
          const numbers = seen.get(name) ?? new Map<number, number>();
          seen.set(name, numbers);
          if (!numbers.has(n)) numbers.set(n, numbers.size + 1);
          expect(renumbered[position]).to.deep.equal({ S: placeholder(name, numbers.get(n) ?? 0) });
        });
      }),
      { numRuns: 200 },
    );
  });
});
