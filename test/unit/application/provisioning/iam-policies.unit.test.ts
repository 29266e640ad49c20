/**
 * IAM policies: the message store writer gets exactly PutItem and GetItem on its table; every
 * policy passes the checks (real DynamoDB actions, no wildcards, the right resource kinds); and
 * the event store and message store roles grant exactly the actions their code issues, observed
 * by running the stores on the simulator through a port that records each request's IAM action.
 */
import { expect } from 'chai';
import { createSimulator } from '../../../../adapters/simulator/create-simulator.js';
import { createEventStore } from '../../../../application/event-store/create-event-store.js';
import { createMessageStore } from '../../../../application/message-store/create-message-store.js';
import { DYNAMODB_IAM_ACTIONS } from '../../../../application/provisioning/dynamo-db-iam-actions.js';
import { ensureTables } from '../../../../application/provisioning/ensure-tables.js';
import { iamPolicies, type RolePolicy } from '../../../../application/provisioning/iam-policies.js';
import { DESIGN_ROLES, rolesForTables } from '../../../../application/provisioning/iam-roles.js';
import { ProvisioningError } from '../../../../application/provisioning/provisioning-error.js';
import { tableNamesFor } from '../../../../application/provisioning/table-names.js';
import { policyProblems } from '../../../../application/provisioning/validate-iam-policy.js';
import { tableSpecWith } from '../../../../domain/tables/table-spec.js';
import { ALL_TABLE_SPECS, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, MESSAGE_STORE_TABLE, SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { recordingPort, type Access } from './support/provisioning-ports.js';

const ACCOUNT = { style: 'literal', region: 'eu-west-1', accountId: '123456789012' } as const;
const PREFIX = 'iam-';

function policyOf(policies: readonly RolePolicy[], roleName: string): RolePolicy {
  const policy = policies.find((candidate) => candidate.roleName === roleName);
  if (policy === undefined) throw new Error(`no policy for ${roleName}`);
  return policy;
}

/** `PutItem iam-MessageStore`, `Query iam-ProductService-Events/index`: what a literal policy grants. */
function granted(policy: RolePolicy): Set<string> {
  const grants = new Set<string>();
  for (const statement of policy.document.Statement) {
    for (const resource of statement.Resource) {
      const match = typeof resource === 'string' ? /:table\/([^/]+)(\/index\/\*)?$/.exec(resource) : null;
      if (match === null) continue;
      for (const action of statement.Action) grants.add(`${action.replace('dynamodb:', '')} ${match[1] ?? ''}${match[2] === undefined ? '' : '/index'}`);
    }
  }
  return grants;
}

function used(accesses: readonly Access[]): Set<string> {
  return new Set(accesses.map((access) => `${access.action} ${access.tableName}${access.indexName === undefined ? '' : '/index'}`));
}

async function tables(port: DynamoDbPort): Promise<ReadonlyMap<string, string>> {
  await ensureTables(port, ALL_TABLE_SPECS, { prefix: PREFIX });
  return tableNamesFor(ALL_TABLE_SPECS, { prefix: PREFIX });
}

const clock = { now: (): number => Date.parse('2025-06-01T12:00:00Z') };
function ids(prefix: string): { newId(): string } {
  let next = 0;
  return { newId: () => `${prefix}-${++next}` };
}

describe('iamPolicies', () => {
  const literal = iamPolicies(ALL_TABLE_SPECS, { arns: ACCOUNT });

  it("gives the message store's writer PutItem and GetItem on its table only", () => {
    expect(policyOf(literal, 'MessageStoreWriter').document).to.deep.equal({
      Version: '2012-10-17',
      Statement: [{ Sid: 'MessageStoreTable', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: ['arn:aws:dynamodb:eu-west-1:123456789012:table/MessageStore'] }],
    });
  });

  it('produces a policy per design role, each passing the checks', () => {
    expect(literal.map((policy) => policy.roleName)).to.deep.equal(DESIGN_ROLES.map((role) => role.name));
    for (const policy of [...literal, ...iamPolicies(ALL_TABLE_SPECS)]) expect(policyProblems(policy.document), policy.roleName).to.deep.equal([]);
  });

  it('refers to the template parameters in CloudFormation style, with index and stream ARNs where the role needs them', () => {
    const policies = iamPolicies(ALL_TABLE_SPECS);
    expect(policyOf(policies, 'EventStoreReader').document.Statement.map((statement) => statement.Resource)).to.deep.equal([
      [
        { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${EventStoreEventsTableName}' },
        { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${EventStoreEventsTableName}/index/*' },
      ],
      [{ 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${EventStoreSnapshotsTableName}' }],
    ]);
    expect(policyOf(policies, 'DeliveryStreamConsumer').document.Statement).to.deep.equal([
      {
        Sid: 'DeliveryTrackingStream',
        Effect: 'Allow',
        Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${DeliveryTrackingTableName}/stream/*' }],
      },
      // ListStreams has no resource type in IAM: `*` is the only resource it can have.
      { Sid: 'AccountLevel', Effect: 'Allow', Action: ['dynamodb:ListStreams'], Resource: ['*'] },
    ]);
  });

  it('names the tables as the options say, in the partition, region and account given', () => {
    const [writer] = iamPolicies([SIMPLE_TABLE], { arns: { style: 'literal', partition: 'aws-cn', region: 'cn-north-1', accountId: '000011112222' }, prefix: 'prod-', roles: rolesForTables([SIMPLE_TABLE]).filter((role) => role.name === 'SimpleTableWriter') });
    expect(writer?.document.Statement[0]).to.deep.include({ Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: ['arn:aws-cn:dynamodb:cn-north-1:000011112222:table/prod-SimpleTable'] });
  });

  it('grants on index ARNs only when the table has indexes', () => {
    const withoutIndexes = tableSpecWith(EVENT_STORE_EVENTS_TABLE, { globalSecondaryIndexes: [] });
    const reader = policyOf(iamPolicies([withoutIndexes, EVENT_STORE_SNAPSHOTS_TABLE], { arns: ACCOUNT }), 'EventStoreReader');
    expect(reader.document.Statement[0]?.Resource).to.deep.equal(['arn:aws:dynamodb:eu-west-1:123456789012:table/ProductService-Events']);
  });

  it('keeps only the roles whose tables are all given, and refuses a role whose table is missing', () => {
    expect(rolesForTables([MESSAGE_STORE_TABLE]).map((role) => role.name)).to.deep.equal(['MessageStoreWriter', 'MessageStoreReader']);
    expect(() => iamPolicies([MESSAGE_STORE_TABLE], { roles: DESIGN_ROLES })).to.throw(ProvisioningError, 'The role EventStoreWriter uses the table EventStoreEvents, which is not among the specs');
  });

  it('refuses an account id that is not 12 digits', () => {
    expect(() => iamPolicies(ALL_TABLE_SPECS, { arns: { style: 'literal', region: 'eu-west-1', accountId: '123' } })).to.throw(ProvisioningError, 'An AWS account id is 12 digits');
  });

  describe('grant exactly what the stores issue', () => {
    it('event store writer: appends (single, transactional, behind, 100 at once), snapshots and loads', async () => {
      const simulator = createSimulator({ clock });
      const names = await tables(simulator.port);
      const recording = recordingPort(simulator.port);
      const storeTables = { events: names.get('EventStoreEvents') ?? '', snapshots: names.get('EventStoreSnapshots') ?? '' };
      const first = createEventStore({ port: recording.port, clock, ids: ids('a'), tables: storeTables, sleep: () => Promise.resolve() });
      const forgetful = createEventStore({ port: recording.port, clock, ids: ids('b'), tables: storeTables, knownVersions: false, sleep: () => Promise.resolve() });
      await first.appendEvent('Product', 'p1', 'Created', { name: 'lamp' }, 'u1', 'c1');
      await forgetful.appendEvent('Product', 'p1', 'Renamed', { name: 'lamp 2' }, 'u1', 'c2', 1);
      await forgetful.appendEvent('Product', 'p1', 'Priced', { price: 3 }, 'u2', 'c3');
      const hundred = Array.from({ length: 100 }, (_, index) => ({ eventType: 'Counted', eventData: { index }, userId: 'u1', correlationId: 'c4' }));
      await forgetful.appendEvents('Product', 'p1', hundred, 3);
      await first.createSnapshot('Product', 'p1', 103, { name: 'lamp 2' }, 103);
      await first.loadAggregate('p1', (count: number) => count + 1, 0);
      expect(used(recording.accesses)).to.deep.equal(granted(policyOf(iamPolicies(ALL_TABLE_SPECS, { arns: ACCOUNT, prefix: PREFIX }), 'EventStoreWriter')));
    });

    it('event store reader: streams, events by type and by user, snapshots', async () => {
      const simulator = createSimulator({ clock });
      const names = await tables(simulator.port);
      const storeTables = { events: names.get('EventStoreEvents') ?? '', snapshots: names.get('EventStoreSnapshots') ?? '' };
      const writer = createEventStore({ port: simulator.port, clock, ids: ids('w'), tables: storeTables });
      await writer.appendEvent('Product', 'p1', 'Created', { name: 'lamp' }, 'u1', 'c1');
      await writer.createSnapshot('Product', 'p1', 1, { name: 'lamp' }, 1);
      const recording = recordingPort(simulator.port);
      const reader = createEventStore({ port: recording.port, clock, ids: ids('r'), tables: storeTables });
      await reader.getEvents('p1');
      await reader.getEventsByType('Product', 'Created');
      await reader.getEventsByUser('u1');
      for await (const _event of reader.readStream('p1', { direction: 'backward' })) break;
      await reader.getLatestSnapshot('p1');
      await reader.loadAggregate('p1', (count: number) => count + 1, 0);
      expect(used(recording.accesses)).to.deep.equal(granted(policyOf(iamPolicies(ALL_TABLE_SPECS, { arns: ACCOUNT, prefix: PREFIX }), 'EventStoreReader')));
    });

    it('message store writer and reader: puts (new, duplicate, conflicting) and gets', async () => {
      const simulator = createSimulator({ clock });
      const names = await tables(simulator.port);
      const tableName = names.get('MessageStore') ?? '';
      const writing = recordingPort(simulator.port);
      const writer = createMessageStore({ port: writing.port, clock, ids: ids('m'), tableName });
      await writer.put({ eventId: 'e1', eventType: 'Ordered', payload: { total: 3 } });
      await writer.put({ eventId: 'e1', eventType: 'Ordered', payload: { total: 3 } });
      await writer.put({ eventId: 'e1', eventType: 'Ordered', payload: { total: 4 } }).catch(() => undefined);
      await writer.get('e1');
      const reading = recordingPort(simulator.port);
      await createMessageStore({ port: reading.port, clock, ids: ids('n'), tableName }).get('e1');
      const policies = iamPolicies(ALL_TABLE_SPECS, { arns: ACCOUNT, prefix: PREFIX });
      expect(used(writing.accesses)).to.deep.equal(granted(policyOf(policies, 'MessageStoreWriter')));
      expect(used(reading.accesses)).to.deep.equal(granted(policyOf(policies, 'MessageStoreReader')));
    });
  });
});

describe('policyProblems', () => {
  const table = 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders';
  const statement = (Action: string[], Resource: string[]): object => ({ Version: '2012-10-17', Statement: [{ Sid: 'Test', Effect: 'Allow', Action, Resource }] });

  it('knows every action it lists as a DynamoDB action, once', () => {
    expect(new Set(DYNAMODB_IAM_ACTIONS).size).to.equal(DYNAMODB_IAM_ACTIONS.length);
    expect(DYNAMODB_IAM_ACTIONS).to.include.members(['PutItem', 'GetItem', 'UpdateItem', 'Query', 'ConditionCheckItem', 'DescribeStream', 'GetRecords', 'GetShardIterator', 'ListStreams']);
    expect(DYNAMODB_IAM_ACTIONS).not.to.include.members(['TransactWriteItems', 'TransactGetItems']);
  });

  it('refuses wildcard and unknown actions', () => {
    expect(policyProblems(statement(['dynamodb:*'], [table]))).to.deep.equal(['Statement[0] (Test): the action dynamodb:* is a wildcard']);
    expect(policyProblems(statement(['dynamodb:Get*'], [table]))).to.deep.equal(['Statement[0] (Test): the action dynamodb:Get* is a wildcard']);
    expect(policyProblems(statement(['dynamodb:GetItm'], [table]))).to.deep.equal(['Statement[0] (Test): dynamodb:GetItm is not a DynamoDB action']);
    expect(policyProblems(statement(['dynamodb:TransactWriteItems'], [table]))).to.deep.equal(['Statement[0] (Test): dynamodb:TransactWriteItems is not a DynamoDB action']);
    expect(policyProblems(statement(['s3:GetObject'], [table]))).to.deep.equal(['Statement[0] (Test): s3:GetObject is not a DynamoDB action']);
  });

  it('puts account-level actions on "*" alone and everything else on ARNs of the right kind', () => {
    expect(policyProblems(statement(['dynamodb:ListStreams'], [table]))).to.deep.equal(['Statement[0] (Test): dynamodb:ListStreams has no resource type and must be granted on "*" alone']);
    expect(policyProblems(statement(['dynamodb:PutItem'], ['*']))).to.deep.equal(['Statement[0] (Test): dynamodb:PutItem must name its tables, not "*"']);
    expect(policyProblems(statement(['dynamodb:GetRecords'], [table]))).to.deep.equal([`Statement[0] (Test): dynamodb:GetRecords cannot apply to ${table}`]);
    expect(policyProblems(statement(['dynamodb:Query'], [`${table}/stream/*`]))).to.deep.equal([`Statement[0] (Test): dynamodb:Query cannot apply to ${table}/stream/*`]);
    expect(policyProblems(statement(['dynamodb:Query'], [table, `${table}/index/*`]))).to.deep.equal([]);
  });

  it('refuses a repeated action, a Deny, a bad version and an empty statement list', () => {
    expect(policyProblems(statement(['dynamodb:GetItem', 'dynamodb:GetItem'], [table]))).to.deep.equal(['Statement[0] (Test): an action is listed twice']);
    expect(policyProblems({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: ['dynamodb:GetItem'], Resource: [table] }] })).to.deep.equal(['Statement[0]: Effect must be Allow']);
    expect(policyProblems({ Version: '2008-10-17', Statement: [] })).to.deep.equal(['Version must be 2012-10-17', 'no statements']);
  });
});
