import { expect } from 'chai';
import fc from 'fast-check';
import { ConstraintViolations } from '../../../../adapters/simulator/validation/constraint-violations.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';

function thrown(action: () => void): SimulatorError {
  try {
    action();
  } catch (error) {
    if (error instanceof SimulatorError) return error;
    throw error;
  }
  throw new Error('expected a SimulatorError');
}

describe('ConstraintViolations', () => {
  it('reports nothing when every constraint holds', () => {
    const violations = new ConstraintViolations();
    expect(violations.notNull('tableName', 'abc')).to.equal(true);
    expect(violations.minLength('tableName', 'abc', 3)).to.equal(true);
    expect(violations.maxLength('tableName', 'abc', 255)).to.equal(true);
    expect(violations.pattern('tableName', 'abc', '[a-zA-Z0-9_.-]+')).to.equal(true);
    expect(violations.oneOf('returnValues', 'NONE', ['ALL_OLD', 'NONE'])).to.equal(true);
    expect(violations.min('limit', 1, 1)).to.equal(true);
    expect(violations.max('limit', 100, 100)).to.equal(true);
    expect(violations.message()).to.equal(undefined);
    expect(() => { violations.throwIfAny(); }).not.to.throw();
  });

  it('words a single failure as DynamoDB does', () => {
    const violations = new ConstraintViolations();
    violations.notNull('tableName', undefined);
    const error = thrown(() => { violations.throwIfAny(); });
    expect(error.errorName).to.equal('ValidationException');
    expect(error.statusCode).to.equal(400);
    expect(error.message).to.equal("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
  });

  it('joins several failures in the order they were found', () => {
    const violations = new ConstraintViolations();
    violations.pattern('tableName', 'a;', '[a-zA-Z0-9_.-]+');
    violations.minLength('tableName', 'a;', 3);
    violations.oneOf('returnValues', 'FOO', ['ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'NONE', 'UPDATED_NEW']);
    violations.max('limit', 101, 100);
    violations.min('provisionedThroughput.readCapacityUnits', -1, 1);
    expect(violations.message()).to.equal(
      '5 validation errors detected: ' +
        "Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
        "Value 'FOO' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, UPDATED_OLD, ALL_NEW, NONE, UPDATED_NEW]; " +
        "Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100; " +
        "Value '-1' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('renders lists and maps the way Java prints them', () => {
    const violations = new ConstraintViolations();
    violations.minLength('keySchema', [], 1);
    violations.maxLength('attributesToGet', ['a', 'b', 'c'], 2);
    violations.maxLength('key', { a: 1, b: 2, c: 3 }, 2);
    expect(violations.message()).to.equal(
      '3 validation errors detected: ' +
        "Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '[a, b, c]' at 'attributesToGet' failed to satisfy constraint: Member must have length less than or equal to 2; " +
        "Value '{a=1, b=2, c=3}' at 'key' failed to satisfy constraint: Member must have length less than or equal to 2",
    );
  });

  it('measures string length in UTF-16 units, as Java does', () => {
    const violations = new ConstraintViolations();
    expect(violations.maxLength('name', '😀😀', 4)).to.equal(true);
    expect(violations.maxLength('name', '😀😀😀', 4)).to.equal(false);
  });

  it('lists and counts at most ten failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (failures) => {
        const violations = new ConstraintViolations();
        for (let index = 0; index < failures; index += 1) violations.notNull(`member${index}`, null);
        const shown = Math.min(failures, 10);
        expect(violations.count).to.equal(shown);
        const message = violations.message();
        if (shown === 0) return message === undefined;
        expect(message?.startsWith(`${shown} validation error${shown === 1 ? '' : 's'} detected: `)).to.equal(true);
        return message?.split('; ').length === shown;
      }),
      { numRuns: 30 },
    );
  });

  it('anchors patterns: a partial match is a failure', () => {
    const violations = new ConstraintViolations();
    expect(violations.pattern('tableName', 'abc def', '[a-zA-Z0-9_.-]+')).to.equal(false);
    expect(violations.pattern('tableName', 'abc', '[a-z]+|x')).to.equal(true);
    expect(violations.pattern('tableName', 'abcx', '[a-z]+|x')).to.equal(true);
    expect(violations.pattern('tableName', 'ab-x', '[a-z]+|x')).to.equal(false);
  });
});
