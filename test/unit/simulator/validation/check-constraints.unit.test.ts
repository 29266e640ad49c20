import { expect } from 'chai';
import { checkConstraints, validateRequest } from '../../../../adapters/simulator/validation/check-constraints.js';
import type { Shape } from '../../../../adapters/simulator/validation/member-rule.js';
import { nameRule } from '../../../../adapters/simulator/validation/name-rules.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';

function failure(action: () => unknown): SimulatorError {
  try {
    action();
  } catch (error) {
    if (error instanceof SimulatorError) return error;
    throw error;
  }
  throw new Error('expected a SimulatorError');
}

const keySchemaElement: Shape = {
  AttributeName: { type: 'string', required: true, minLength: 1, maxLength: 255 },
  KeyType: { type: 'string', required: true, oneOf: ['HASH', 'RANGE'] },
};

const shape: Shape = {
  TableName: nameRule,
  KeySchema: { type: 'list', required: true, minLength: 1, maxLength: 2, items: { type: 'structure', shapeName: 'KeySchemaElement', fields: keySchemaElement } },
  Limit: { type: 'integer', min: 1, max: 100 },
  Flags: { type: 'map', entries: { type: 'boolean' } },
  Nested: { type: 'structure', shapeName: 'Nested', fields: { Count: { type: 'long', required: true, min: 1 } } },
};

describe('checkConstraints', () => {
  it('accepts a request that satisfies its shape and returns it as a structure', () => {
    const request = { TableName: 'abc', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], Limit: 5, Unknown: 'ignored' };
    expect(validateRequest(request, shape)).to.equal(request);
  });

  it('reports missing required members with DynamoDB paths', () => {
    const error = failure(() => validateRequest({}, shape));
    expect(error.errorName).to.equal('ValidationException');
    expect(error.message).to.equal(
      '2 validation errors detected: ' +
        "Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'keySchema' failed to satisfy constraint: Member must not be null",
    );
  });

  it('reports list members at <path>.<n>.member, counting from 1, after the list itself', () => {
    const request = { TableName: 'abc', KeySchema: [{ KeyType: 'HASH' }, { AttributeName: 'a' }, { KeyType: 'Woop', AttributeName: 'a' }] };
    const error = failure(() => validateRequest(request, shape));
    expect(error.message).to.equal(
      '4 validation errors detected: ' +
        "Value '[{KeyType=HASH}, {AttributeName=a}, {KeyType=Woop, AttributeName=a}]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2; " +
        "Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must not be null; " +
        "Value 'Woop' at 'keySchema.3.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
    );
  });

  it('checks a name pattern before its length', () => {
    const error = failure(() => validateRequest({ TableName: 'h;', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }] }, shape));
    expect(error.message).to.equal(
      '2 validation errors detected: ' +
        "Value 'h;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value 'h;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });

  it('reports nested structure members by their path', () => {
    const error = failure(() => validateRequest({ TableName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }], Nested: {} }, shape));
    expect(error.message).to.equal("1 validation error detected: Value null at 'nested.count' failed to satisfy constraint: Member must not be null");
  });

  it('lets the caller add checks to the same message', () => {
    const { violations } = checkConstraints({ KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }] }, shape);
    violations.notNull('extra', undefined);
    expect(violations.count).to.equal(2);
    expect(failure(() => { violations.throwIfAny(); }).message).to.match(/^2 validation errors detected: Value null at 'tableName'.*; Value null at 'extra'/u);
  });

  describe('JSON types (SerializationException)', () => {
    const cases: readonly (readonly [string, unknown, string])[] = [
      ['a number for a string', { TableName: 23 }, 'NUMBER_VALUE cannot be converted to String'],
      ['a decimal for a string', { TableName: 3.5 }, 'DECIMAL_VALUE cannot be converted to String'],
      ['true for a string', { TableName: true }, 'TRUE_VALUE cannot be converted to String'],
      ['a list for a string', { TableName: [] }, 'Unrecognized collection type class java.lang.String'],
      ['a map for a string', { TableName: {} }, 'Start of structure or map found where not expected'],
      ['a string for an integer', { Limit: '5' }, 'STRING_VALUE cannot be converted to Integer'],
      ['false for a long', { Nested: { Count: false } }, 'FALSE_VALUE cannot be converted to Long'],
      ['a string for a list', { KeySchema: 'x' }, 'Unexpected field type'],
      ['a map for a list', { KeySchema: {} }, 'Start of structure or map found where not expected'],
      ['a scalar list element for a structure', { KeySchema: [1] }, 'Unexpected value type in payload'],
      ['a list element list for a structure', { KeySchema: [[]] }, 'Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeySchemaElement'],
      ['a scalar for a structure member', { Nested: 5 }, 'Unexpected field type'],
      ['a string for a boolean', { Flags: { a: 'yes' } }, 'Unexpected token received from parser'],
      ['a number for a boolean', { Flags: { a: 1 } }, 'NUMBER_VALUE cannot be converted to Boolean'],
    ];
    for (const [title, request, message] of cases) {
      it(`rejects ${title}`, () => {
        const error = failure(() => validateRequest(request, shape));
        expect(error.errorName).to.equal('SerializationException');
        expect(error.message).to.equal(message);
      });
    }

    it('reports the first mismatch in document order before any constraint', () => {
      const error = failure(() => validateRequest({ Limit: 500, KeySchema: 5, TableName: 5 }, shape));
      expect(error.errorName).to.equal('SerializationException');
      expect(error.message).to.equal('Unexpected field type');
    });

    it('treats JSON null as absent', () => {
      const error = failure(() => validateRequest({ TableName: null, KeySchema: null }, shape));
      expect(error.errorName).to.equal('ValidationException');
      expect(error.message).to.match(/^2 validation errors detected/u);
    });
  });
});
