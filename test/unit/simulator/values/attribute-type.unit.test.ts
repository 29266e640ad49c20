import { expect } from 'chai';
import type { AttributeType, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { attributeTypeOf } from '../../../../adapters/simulator/values/attribute-type.js';

describe('attributeTypeOf', () => {
  it('names the type tag of every kind of value', () => {
    const cases: readonly (readonly [AttributeValue, AttributeType])[] = [
      [{ S: '' }, 'S'], [{ N: '1' }, 'N'], [{ B: new Uint8Array(0) }, 'B'], [{ SS: ['a'] }, 'SS'], [{ NS: ['1'] }, 'NS'],
      [{ BS: [Uint8Array.of(1)] }, 'BS'], [{ M: {} }, 'M'], [{ L: [] }, 'L'], [{ NULL: true }, 'NULL'], [{ BOOL: false }, 'BOOL'],
    ];
    for (const [value, type] of cases) expect(attributeTypeOf(value)).to.equal(type);
  });
});
