/**
 * Pins the number tables of decimal-probes.ts to DynamoDB Local: every input there gets the
 * same canonical form or the same error here, and arithmetic at the limits fails the same way.
 * Run with `--require test/support/global-fixtures.ts`.
 */
import { expect } from 'chai';
import { addNumbers, canonicalNumber } from '../../../../adapters/simulator/values/decimal.js';
import { probedNumberErrors, probedNumbers } from './decimal-probes.js';
import { createRawTable, deleteRawTable, errorMessage, rawOk, rawRequest } from './raw-dynamo-db-local.js';

function ours(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('decimal on DynamoDB Local', function () {
  this.timeout(120_000);
  let table = '';
  before(async () => {
    table = await createRawTable('decimal');
  });
  after(async () => {
    await deleteRawTable(table);
  });

  async function stored(text: string): Promise<string> {
    const put = await rawRequest('PutItem', { TableName: table, Item: { pk: { S: 'n' }, n: { N: text } } });
    const message = errorMessage(put);
    if (message !== undefined) return `error: ${message}`;
    const got = await rawOk('GetItem', { TableName: table, Key: { pk: { S: 'n' } }, ConsistentRead: true });
    return ((got['Item'] as Record<string, { N: string }>)['n'] as { N: string }).N;
  }

  it('stores every probed spelling in the canonical form we compute', async () => {
    for (const [input, canonical] of probedNumbers) {
      expect(await stored(input), input).to.equal(canonical);
      expect(ours(() => canonicalNumber(input)), input).to.equal(canonical);
    }
  });

  it('rejects every probed bad number with the message we give', async () => {
    for (const [input, message] of probedNumberErrors) {
      expect(await stored(input), input.slice(0, 50)).to.equal(`error: ${message}`);
      expect(ours(() => canonicalNumber(input)), input.slice(0, 50)).to.equal(`error: ${message}`);
    }
  });

  it('fails ADD and SET arithmetic at the limits as we do, and agrees on the value otherwise', async () => {
    const cases: readonly (readonly [string, string])[] = [
      ['9'.repeat(38), '1'], ['1'.repeat(38), '0.1'], ['1E+125', '1'], ['9.9999999999999999999999999999999999999E+125', '9.9999999999999999999999999999999999999E+125'],
      ['2E-130', '-1E-130'], ['1E-130', '-1E-130'], ['1', '1E-37'], ['1', '1E-38'], ['0.5', '0.5'], ['-1E+125', '-9E+125'], ['5E-130', '-4.9E-130'],
      ['12345678901234567890123456789012345678', '0.5'], ['-17.25', '3.125'],
    ];
    for (const [a, b] of cases) {
      for (const update of ['ADD n :v', 'SET n = n + :v']) {
        await rawOk('PutItem', { TableName: table, Item: { pk: { S: 'a' }, n: { N: a } } });
        const answer = await rawRequest('UpdateItem', {
          TableName: table, Key: { pk: { S: 'a' } }, UpdateExpression: update, ExpressionAttributeValues: { ':v': { N: b } }, ReturnValues: 'UPDATED_NEW',
        });
        const message = errorMessage(answer);
        // DynamoDB Local returns sums unnormalised (`1.0`); their value is what must agree.
        const local = message === undefined ? canonicalNumber(((answer.body['Attributes'] as Record<string, { N: string }>)['n'] as { N: string }).N) : `error: ${message}`;
        expect(ours(() => addNumbers(canonicalNumber(a), canonicalNumber(b))), `${update} with ${a} and ${b}`).to.equal(local);
      }
    }
  });
});
