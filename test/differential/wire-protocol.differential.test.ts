/**
 * Wire-level checks that SDKs hide, on the simulator's HTTP server and on DynamoDB Local with the
 * same raw requests (fetch, no SDK): unknown operations, a missing X-Amz-Target, content types,
 * malformed and ill-typed bodies, missing and extra members, the checksum header and the shape
 * of error bodies. The simulator must answer as DynamoDB does: its own invariants are checked on
 * every answer, and where DynamoDB Local answers otherwise the case names the known deviation.
 */
import { expect } from 'chai';
import { createSimulator, type Simulator } from '../../adapters/simulator/create-simulator.js';
import { dynamoDbLocalEndpoint } from '../support/dynamo-db-local-endpoint.js';
import { KNOWN_DEVIATIONS, WIRE_DEVIATIONS } from './known-deviations.js';
import { compareOutcomes } from './support/compare-outcomes.js';
import { failure, success, type Outcome } from './support/outcome.js';
import { sendRaw, wireError, type RawAnswer, type RawRequest } from './support/raw-wire.js';

const target = (operation: string): string => `DynamoDB_20120810.${operation}`;
const TABLE = 'wire-table';
const KEY = '"Key":{"pk":{"S":"a"}}';

interface WireCase extends RawRequest {
  readonly label: string;
  /** Wire deviations that explain how DynamoDB Local's answer differs (beyond the generic ones). */
  readonly deviations?: readonly string[];
}

/** Differences every error answer of DynamoDB Local shows. */
const GENERIC = ['local-wire-message-capitalised', 'local-wire-no-checksum-on-errors'];

const CASES: readonly WireCase[] = [
  { label: 'an unknown operation', target: target('FlyToTheMoon'), body: '{}', deviations: ['local-wire-unknown-operation'] },
  { label: 'a DynamoDB Streams operation under the DynamoDB prefix', target: target('GetRecords'), body: '{}', deviations: ['local-wire-unknown-operation'] },
  { label: 'a target of another API version', target: 'DynamoDB_20111205.GetItem', body: '{}', deviations: ['local-wire-unknown-operation'] },
  { label: 'no X-Amz-Target', body: '{}', deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'content type text/plain', target: target('ListTables'), body: '{}', contentType: 'text/plain', deviations: ['local-wire-reads-any-content-type'] },
  { label: 'content type application/json', target: target('ListTables'), body: '{}', contentType: 'application/json', deviations: ['local-wire-answers-amz-json-to-plain-json'] },
  { label: 'malformed JSON', target: target('ListTables'), body: '{', deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'no body', target: target('ListTables'), body: '', deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'a JSON array', target: target('ListTables'), body: '[]', deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'JSON null', target: target('ListTables'), body: 'null', deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'no members at all', target: target('GetItem'), body: '{}' },
  { label: 'PutItem without Item', target: target('PutItem'), body: `{"TableName":"${TABLE}"}` },
  { label: 'an extra member', target: target('GetItem'), body: `{"TableName":"${TABLE}",${KEY},"Bogus":1}` },
  { label: 'a number for TableName', target: target('GetItem'), body: `{"TableName":123,${KEY}}`, deviations: ['local-wire-coerces-json-types'] },
  { label: 'a string for Key', target: target('GetItem'), body: `{"TableName":"${TABLE}","Key":"x"}`, deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'a string for Limit', target: target('Scan'), body: `{"TableName":"${TABLE}","Limit":"5"}`, deviations: ['local-wire-coerces-json-types'] },
  { label: 'a string for ConsistentRead', target: target('GetItem'), body: `{"TableName":"${TABLE}",${KEY},"ConsistentRead":"true"}`, deviations: ['local-wire-coerces-json-types'] },
  { label: 'a list for ExpressionAttributeNames', target: target('GetItem'), body: `{"TableName":"${TABLE}",${KEY},"ExpressionAttributeNames":[]}`, deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'a number for ReturnValues', target: target('PutItem'), body: `{"TableName":"${TABLE}","Item":{"pk":{"S":"a"}},"ReturnValues":5}`, deviations: ['local-wire-coerces-json-types'] },
  { label: 'a number for a string value', target: target('PutItem'), body: `{"TableName":"${TABLE}","Item":{"pk":{"S":1}}}`, deviations: ['local-wire-coerces-json-types'] },
  { label: 'a binary that is not base64', target: target('PutItem'), body: `{"TableName":"${TABLE}","Item":{"pk":{"S":"a"},"b":{"B":"!!!"}}}`, deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'a map for TransactItems', target: target('TransactWriteItems'), body: '{"TransactItems":{}}', deviations: ['local-wire-internal-failure-on-unreadable-requests'] },
  { label: 'a missing table', target: target('DescribeTable'), body: '{"TableName":"wire-missing"}' },
  { label: 'a failed condition with the old item', target: target('PutItem'), body: `{"TableName":"${TABLE}","Item":{"pk":{"S":"a"},"n":{"N":"2"}},"ConditionExpression":"attribute_not_exists(pk)","ReturnValuesOnConditionCheckFailure":"ALL_OLD"}` },
  { label: 'a cancelled transaction', target: target('TransactWriteItems'), body: `{"TransactItems":[{"ConditionCheck":{"TableName":"${TABLE}",${KEY},"ConditionExpression":"attribute_not_exists(pk)"}}]}` },
  { label: 'a successful read with binaries', target: target('GetItem'), body: `{"TableName":"${TABLE}",${KEY}}` },
];

/** The answer as an outcome, so that the SDK-level deviations (messages) apply to it too. */
function outcomeOf(answer: RawAnswer): Outcome {
  const error = wireError(answer);
  if (error === undefined) return success({ status: answer.status, body: answer.body });
  const { __type: type, message: _message, Message: _capital, ...extras } = answer.body as Record<string, unknown>;
  return failure(error.type.slice(error.type.indexOf('#') + 1), error.message ?? '', { status: answer.status, type, ...extras });
}

function checkSimulatorAnswer(answer: RawAnswer, wireCase: WireCase): void {
  const { label } = wireCase;
  // DynamoDB answers in the request's JSON flavour, and refuses other content types with 404.
  const contentType = answer.status === 404 ? null : wireCase.contentType === 'application/json' ? 'application/json' : 'application/x-amz-json-1.0';
  expect(answer.contentType, `${label}: content type`).to.equal(contentType);
  expect(answer.crc, `${label}: x-amz-crc32`).to.equal('valid');
  expect(answer.requestId, `${label}: x-amzn-RequestId`).to.equal(true);
  const error = wireError(answer);
  if (error === undefined) return;
  expect(error.type, `${label}: __type`).to.match(/^com\.amazon(aws\.dynamodb\.v20120810|\.coral\.(validate|service))#[A-Za-z]+$/u);
  const members = Object.keys(answer.body as Record<string, unknown>);
  expect(members.every((member) => ['__type', 'message', 'Message', 'Item', 'CancellationReasons'].includes(member)), `${label}: members ${members.join(', ')}`).to.equal(true);
}

describe('differential: the wire protocol of the simulator\'s HTTP server against DynamoDB Local', function () {
  this.timeout(60_000);
  let simulator: Simulator;
  let simulatorUrl = '';
  // DynamoDB Local keeps a database per access key: this suite's tables are its own.
  const accessKeyId = `wire${Date.now().toString(36)}`;
  const both = async (request: RawRequest): Promise<readonly [RawAnswer, RawAnswer]> => [
    await sendRaw(dynamoDbLocalEndpoint(), accessKeyId, request),
    await sendRaw(simulatorUrl, accessKeyId, request),
  ];

  before(async () => {
    simulator = createSimulator();
    simulatorUrl = (await simulator.listen(0)).url;
    const create = `{"TableName":"${TABLE}","AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"}`;
    await both({ target: target('CreateTable'), body: create });
    await both({ target: target('PutItem'), body: `{"TableName":"${TABLE}","Item":{"pk":{"S":"a"},"b":{"B":"AAE="},"bs":{"BS":["AQ==","Ag=="]}}}` });
  });

  after(async () => {
    await sendRaw(dynamoDbLocalEndpoint(), accessKeyId, { target: target('DeleteTable'), body: `{"TableName":"${TABLE}"}` });
    await simulator.close();
  });

  for (const wireCase of CASES) {
    it(`answers ${wireCase.label} as DynamoDB does`, async () => {
      const [local, simulated] = await both(wireCase);
      checkSimulatorAnswer(simulated, wireCase);
      for (const id of wireCase.deviations ?? []) {
        const deviation = WIRE_DEVIATIONS.find((entry) => entry.id === id);
        expect(deviation?.explains(local, simulated), `${wireCase.label}: ${id} (Local ${JSON.stringify(local.body)}, simulator ${JSON.stringify(simulated.body)})`).to.equal(true);
      }
      if (wireCase.deviations !== undefined) return;
      for (const id of GENERIC) {
        const deviation = WIRE_DEVIATIONS.find((entry) => entry.id === id);
        if (deviation !== undefined && !deviation.explains(local, simulated)) {
          if (id === 'local-wire-message-capitalised') expect(wireError(simulated)?.messageKey, `${wireCase.label}: message key`).to.equal(wireError(local)?.messageKey);
        }
      }
      const input = JSON.parse(wireCase.body) as Record<string, unknown>;
      const step = { step: { operation: wireCase.target?.slice(wireCase.target.indexOf('.') + 1) ?? '', input }, tables: [] };
      const comparison = compareOutcomes(KNOWN_DEVIATIONS, step, outcomeOf(local), outcomeOf(simulated));
      expect(comparison.simulator, `${wireCase.label} (deviations applied: ${comparison.applied.map((entry) => entry.id).join(', ') || 'none'})`).to.deep.equal(comparison.local);
    });
  }
});
