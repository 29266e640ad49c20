import { expect } from 'chai';
import fc from 'fast-check';
import { utf8Length } from '../../../../adapters/simulator/values/utf8-length.js';

describe('utf8Length', () => {
  it('counts the bytes Buffer encodes, for short and long strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(utf8Length(text)).to.equal(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 500 },
    );
    expect(utf8Length('a\u07ff\u0800\uffff😀')).to.equal(1 + 2 + 3 + 3 + 4);
  });

  it('counts a lone surrogate as the three bytes of its replacement character, as an encoder does', () => {
    for (const text of ['\ud800', 'a\udc00', '\ud83d', '\ud83dx', '\ude00\ud83d']) expect(utf8Length(text), JSON.stringify(text)).to.equal(Buffer.byteLength(text, 'utf8'));
  });
});
