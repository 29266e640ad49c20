/**
 * The spec's tags in provisioning, on the simulator: ensureTable gives a new table its tags
 * through CreateTable and an existing one the missing or different tags through one TagResource,
 * never removing tags the spec does not name; verifyTable reads them with ListTagsOfResource and
 * reports a missing tag or another value as drift, extra tags as nothing; an endpoint without the
 * tagging operations (DynamoDB Local) makes tags unsupported and unverifiable, not a failure.
 */
import { expect } from 'chai';
import { createSimulator } from '../../../../adapters/simulator/create-simulator.js';
import { createTableRequest } from '../../../../application/provisioning/create-table-request.js';
import { ensureTable } from '../../../../application/provisioning/ensure-table.js';
import { formatEnsureResults, formatVerifications } from '../../../../application/provisioning/format-results.js';
import { verifyTable } from '../../../../application/provisioning/verify-table.js';
import { tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';
import { dynamoDbErrorFrom } from '../../../../ports/dynamo-db-error-classification.js';
import type { OperationName } from '../../../../ports/dynamo-db-operations.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { interceptPort, withoutOperations } from './support/provisioning-ports.js';

const TABLE = 'tagged-simple';
const SPEC = tableSpecWith(SIMPLE_TABLE, { tags: [{ key: 'team', value: 'storage' }, { key: 'cost-centre', value: '42' }] });
const ARN = `arn:aws:dynamodb:us-east-1:000000000000:table/${TABLE}`;

/** The port, with the operations it was asked for in order. */
function counted(port: DynamoDbPort): { readonly port: DynamoDbPort; readonly operations: OperationName[] } {
  const operations: OperationName[] = [];
  return { operations, port: interceptPort(port, (operation, _input, next) => { operations.push(operation); return next(); }) };
}

async function tagsOf(port: DynamoDbPort): Promise<unknown> {
  return (await port.listTagsOfResource({ ResourceArn: ARN })).Tags;
}

describe('provisioning: table tags', () => {
  it('creates a table with the spec\'s tags in CreateTable, and sends no tagging request for it', async () => {
    const { port: simulatorPort } = createSimulator();
    const { port, operations } = counted(simulatorPort);
    const result = await ensureTable(port, SPEC, TABLE);
    expect(result).to.deep.include({ outcome: 'created', changes: ['createdTable'], unsupported: [] });
    expect(operations.filter((operation) => operation.endsWith('Resource'))).to.deep.equal([]);
    expect(await tagsOf(simulatorPort)).to.deep.equal([{ Key: 'team', Value: 'storage' }, { Key: 'cost-centre', Value: '42' }]);
    expect(await verifyTable(simulatorPort, SPEC, TABLE)).to.deep.include({ drift: [], unverifiable: [] });
  });

  it('sets missing and different tags on an existing table in one TagResource, and keeps tags the spec does not name', async () => {
    const { port: simulatorPort } = createSimulator();
    await simulatorPort.createTable(createTableRequest(tableSpecWith(SPEC, { tags: [{ key: 'team', value: 'old' }, { key: 'owner', value: 'someone' }] }), TABLE));
    const { port, operations } = counted(simulatorPort);
    const result = await ensureTable(port, SPEC, TABLE);
    expect(result).to.deep.include({ outcome: 'updated', changes: ['appliedTags'], unsupported: [], conflicts: [] });
    expect(operations.filter((operation) => operation === 'TagResource' || operation === 'UntagResource')).to.deep.equal(['TagResource']);
    expect(await tagsOf(simulatorPort)).to.deep.equal([{ Key: 'team', Value: 'storage' }, { Key: 'owner', Value: 'someone' }, { Key: 'cost-centre', Value: '42' }]);
    expect(formatEnsureResults([result])[0]).to.equal(`SimpleTable (table ${TABLE}): updated: set the tags`);
    const again = counted(simulatorPort);
    expect(await ensureTable(again.port, SPEC, TABLE)).to.deep.include({ outcome: 'unchanged', changes: [] });
    expect(again.operations).to.not.include('TagResource');
  });

  it('reports a missing tag and a tag with another value as drift, and extra tags as nothing', async () => {
    const { port } = createSimulator();
    await ensureTable(port, SPEC, TABLE);
    await port.untagResource({ ResourceArn: ARN, TagKeys: ['cost-centre'] });
    await port.tagResource({ ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'platform' }, { Key: 'extra', Value: 'fine' }] });
    const verification = await verifyTable(port, SPEC, TABLE);
    expect(verification).to.deep.include({
      drift: [
        { path: 'tags.team', expected: 'storage', actual: 'platform' },
        { path: 'tags.cost-centre', expected: '42', actual: null },
      ],
      unverifiable: [],
    });
    expect(formatVerifications([verification]).slice(1, 3)).to.deep.equal(['  tags.team: expected storage, found platform', '  tags.cost-centre: expected 42, found nothing']);
    await ensureTable(port, SPEC, TABLE);
    expect((await verifyTable(port, SPEC, TABLE)).drift).to.deep.equal([]);
  });

  it('reads no tags for a spec without tags, whatever the table carries', async () => {
    const { port: simulatorPort } = createSimulator();
    await ensureTable(simulatorPort, SPEC, TABLE);
    const { port, operations } = counted(simulatorPort);
    const plain = tableSpecWith(SPEC, { tags: [] });
    expect(await verifyTable(port, plain, TABLE)).to.deep.include({ drift: [], unverifiable: [] });
    expect(await ensureTable(port, plain, TABLE)).to.deep.include({ outcome: 'unchanged', changes: [] });
    expect(operations).to.not.include('ListTagsOfResource');
  });

  it('reports tags as unsupported and unverifiable where the endpoint has no tagging operations, as DynamoDB Local', async () => {
    const { port: simulatorPort } = createSimulator();
    await simulatorPort.createTable(createTableRequest(SIMPLE_TABLE, TABLE));
    const local = withoutOperations(simulatorPort, ['TagResource', 'UntagResource', 'ListTagsOfResource']);
    expect(await ensureTable(local, SPEC, TABLE)).to.deep.include({ outcome: 'unchanged', changes: [], unsupported: ['tags'] });
    expect(await verifyTable(local, SPEC, TABLE)).to.deep.include({
      drift: [],
      unverifiable: [{ feature: 'tags', reason: 'the endpoint does not support ListTagsOfResource (UnknownOperationException)' }],
    });
    // Only TagResource missing: the tags are read, the change is reported unsupported.
    expect(await ensureTable(withoutOperations(simulatorPort, ['TagResource']), SPEC, TABLE)).to.deep.include({ changes: [], unsupported: ['tags'] });
  });

  it('waits while DynamoDB is still applying an earlier tag change, then tags', async () => {
    const { port: simulatorPort } = createSimulator();
    await simulatorPort.createTable(createTableRequest(SIMPLE_TABLE, TABLE));
    let refusals = 1;
    const locked = interceptPort(simulatorPort, (operation, _input, next) => {
      if (operation !== 'TagResource' || refusals === 0) return next();
      refusals -= 1;
      return Promise.reject(dynamoDbErrorFrom({ errorName: 'LimitExceededException', message: `Subscriber limit exceeded: Table tags are being updated: ${TABLE}` }));
    });
    const sleeps: number[] = [];
    const result = await ensureTable(locked, SPEC, TABLE, { sleep: (ms) => { sleeps.push(ms); return Promise.resolve(); }, pollIntervalMs: 100 });
    expect([result.changes, sleeps]).to.deep.equal([['appliedTags'], [100]]);
    expect(await tagsOf(simulatorPort)).to.deep.equal([{ Key: 'team', Value: 'storage' }, { Key: 'cost-centre', Value: '42' }]);
  });

  it('fails on other limits, which waiting does not lift', async () => {
    const { port: simulatorPort } = createSimulator();
    await simulatorPort.createTable(createTableRequest(SIMPLE_TABLE, TABLE));
    const limited = interceptPort(simulatorPort, (operation, _input, next) =>
      operation === 'TagResource' ? Promise.reject(dynamoDbErrorFrom({ errorName: 'LimitExceededException', message: 'Subscriber limit exceeded: too many operations' })) : next(),
    );
    const failure = await ensureTable(limited, SPEC, TABLE).then(() => undefined, (error: unknown) => error);
    expect(failure).to.have.property('errorName', 'LimitExceededException');
  });
});
