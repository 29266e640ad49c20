/**
 * The spec's tags in provisioning on DynamoDB Local through the AWS adapter. DynamoDB Local takes
 * Tags in CreateTable but has no tagging operations (UnknownOperationException "Tagging is not
 * currently supported in DynamoDB Local."), so an existing table's tags cannot be set or read:
 * ensureTable reports tags as unsupported and verifyTable as unverifiable, and neither fails.
 * Run with `--require test/support/global-fixtures.ts`.
 */
import { expect } from 'chai';
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../../../adapters/aws/create-aws-dynamo-db-port.js';
import { createTableRequest } from '../../../../application/provisioning/create-table-request.js';
import { ensureTable } from '../../../../application/provisioning/ensure-table.js';
import { verifyTable } from '../../../../application/provisioning/verify-table.js';
import { tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';

describe('provisioning: table tags on DynamoDB Local', function () {
  this.timeout(60_000);
  const tableName = uniqueTableName('tags-provisioning');
  const spec = tableSpecWith(SIMPLE_TABLE, { tags: [{ key: 'team', value: 'storage' }] });
  let port: AwsDynamoDbPort;

  before(() => {
    port = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  });

  after(async () => {
    await port.deleteTable({ TableName: tableName }).catch(() => undefined);
    port.close();
  });

  it('reports tags as unsupported by ensureTable and unverifiable by verifyTable, with the reason', async () => {
    await port.createTable(createTableRequest(SIMPLE_TABLE, tableName));
    expect(await ensureTable(port, spec, tableName)).to.deep.include({ outcome: 'unchanged', changes: [], unsupported: ['tags'], conflicts: [] });
    const verification = await verifyTable(port, spec, tableName);
    expect(verification).to.deep.include({ exists: true, drift: [] });
    expect(verification.unverifiable.map((entry) => entry.feature)).to.deep.equal(['pointInTimeRecovery', 'encryption', 'tags']);
    expect(verification.unverifiable[2]).to.deep.equal({ feature: 'tags', reason: 'the endpoint does not support ListTagsOfResource (UnknownOperationException)' });
  });
});
