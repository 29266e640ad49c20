/**
 * The parts of the differential suite that decide what counts as the same answer: the
 * independent number canonicaliser, normalisation, and how known deviations are applied (only
 * where both sides show exactly the known difference).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { canonicalNumber } from '../../adapters/simulator/values/decimal.js';
import { numberText } from './arbitraries/attribute-values.js';
import { KNOWN_DEVIATIONS } from './known-deviations.js';
import { canonicalNumberText } from './support/canonical-number.js';
import { compareOutcomes } from './support/compare-outcomes.js';
import { normaliseOutcome } from './support/normalise.js';
import { failure, success } from './support/outcome.js';

const context = { step: { operation: 'GetItem', input: { TableName: 'diff-main' } }, tables: [] };

describe('differential support', () => {
  it('canonicalises numbers as DynamoDB does (and as the simulator does, on numbers in range)', () => {
    expect(canonicalNumberText('007.500')).to.equal('7.5');
    expect(canonicalNumberText('1e3')).to.equal('1000');
    expect(canonicalNumberText('-0.0')).to.equal('0');
    expect(canonicalNumberText('-1E-3')).to.equal('-0.001');
    expect(canonicalNumberText('x')).to.equal(undefined);
    fc.assert(fc.property(numberText, (text) => {
      let simulator: string | undefined;
      try {
        simulator = canonicalNumber(text);
      } catch {
        return; // out of DynamoDB's range: refused, nothing to compare
      }
      expect(canonicalNumberText(text)).to.equal(simulator);
    }), { numRuns: 300 });
  });

  it('sorts set members, batch responses and capacity lists, and hides identities and dates', () => {
    const normalised = normaliseOutcome(success({
      Item: { s: { SS: ['b', 'a'] }, b: { B: Uint8Array.of(1) } },
      Table: { TableId: 'abc', CreationDateTime: new Date(0), TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/t' },
      ConsumedCapacity: [{ TableName: 'b' }, { TableName: 'a' }],
    }));
    expect(normalised).to.deep.equal(success({
      Item: { s: { SS: ['a', 'b'] }, b: { B: { $base64: 'AQ==' } } },
      Table: { TableId: '<id>', CreationDateTime: '<time>', TableArn: 'arn:aws:dynamodb:<region>:<account>:table/t' },
      ConsumedCapacity: [{ TableName: 'a' }, { TableName: 'b' }],
    }));
  });

  it('applies a known deviation only where both sides answer as it says', () => {
    const local = failure('ResourceNotFoundException', 'Cannot do operations on a non-existent table');
    const explained = compareOutcomes(KNOWN_DEVIATIONS, context, local, failure('ResourceNotFoundException', 'Requested resource not found'));
    expect(explained.equal).to.equal(true);
    expect(explained.applied.map((deviation) => deviation.id)).to.deep.equal(['local-missing-table-message']);
    // The simulator must give DynamoDB's words, not just anything else.
    expect(compareOutcomes(KNOWN_DEVIATIONS, context, local, failure('ResourceNotFoundException', 'Table not found')).equal).to.equal(false);
    expect(compareOutcomes(KNOWN_DEVIATIONS, context, local, success({})).equal).to.equal(false);
  });

  it('takes out non-canonical numbers of DynamoDB Local, but holds the simulator to canonical ones', () => {
    const update = { step: { operation: 'UpdateItem', input: {} }, tables: [] };
    expect(compareOutcomes(KNOWN_DEVIATIONS, update, success({ Attributes: { n: { N: '2.0' } } }), success({ Attributes: { n: { N: '2' } } })).equal).to.equal(true);
    expect(compareOutcomes(KNOWN_DEVIATIONS, update, success({ Attributes: { n: { N: '2.0' } } }), success({ Attributes: { n: { N: '2.0' } } })).equal).to.equal(false);
  });

  it('explains DynamoDB Local\'s missing tagging API and its silent acceptance of bad CreateTable tags, and nothing else', () => {
    const tagging = { step: { operation: 'ListTagsOfResource', input: {} }, tables: [] };
    const noTagging = failure('UnknownOperationException', 'Tagging is not currently supported in DynamoDB Local.');
    expect(compareOutcomes(KNOWN_DEVIATIONS, tagging, noTagging, success({ Tags: [] })).applied.map((deviation) => deviation.id)).to.deep.equal(['local-no-tagging']);
    expect(compareOutcomes(KNOWN_DEVIATIONS, tagging, noTagging, failure('InternalServerError', 'boom')).equal).to.equal(false);
    expect(compareOutcomes(KNOWN_DEVIATIONS, context, noTagging, success({})).equal).to.equal(false);
    const create = { step: { operation: 'CreateTable', input: {} }, tables: [] };
    const refused = failure('ValidationException', 'Tag Key cannot be prefixed with aws:, Key: aws:x');
    expect(compareOutcomes(KNOWN_DEVIATIONS, create, success({ TableDescription: {} }), refused).applied.map((deviation) => deviation.id)).to.deep.equal(['local-create-table-ignores-tags']);
    expect(compareOutcomes(KNOWN_DEVIATIONS, create, success({ TableDescription: {} }), failure('ValidationException', 'Invalid KeySchema')).equal).to.equal(false);
  });

  it('gives every known deviation an id, both behaviours and a source', () => {
    const ids = KNOWN_DEVIATIONS.map((deviation) => deviation.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const deviation of KNOWN_DEVIATIONS) {
      expect(deviation.id, deviation.id).to.match(/^local-[a-z-]+$/u);
      for (const text of [deviation.local, deviation.dynamodb, deviation.source]) expect(text.length, deviation.id).to.be.greaterThan(10);
    }
  });
});
