/**
 * The provision command line, run in process: ensure and verify on a fresh simulator and on the
 * simulator's HTTP server as an endpoint (where a changed table makes verify exit 1), the
 * template and policy output, and the usage errors.
 */
import { expect } from 'chai';
import { createSimulator } from '../../../../adapters/simulator/create-simulator.js';
import { main } from '../../../../application/main/provision.js';
import { cloudFormationTemplate } from '../../../../application/provisioning/cloudformation-template.js';
import { iamPolicies } from '../../../../application/provisioning/iam-policies.js';
import { toJson } from '../../../../application/provisioning/stable-json.js';
import { ALL_TABLE_SPECS, SIMPLE_TABLE } from '../../../../domain/tables/table-specs.js';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => { out += text; }, err: (text) => { err += text; }, environment: {} });
  return { code, out, err };
}

describe('provision command line', () => {
  it('verifies the specs on a fresh simulator, after creating the tables there', async () => {
    const result = await run('verify', '--simulator');
    expect(result).to.deep.include({ code: 0, err: '' });
    expect(result.out.split('\n')).to.deep.equal([
      'Verifying 5 tables on a fresh simulator',
      '(created on the simulator first, to show what the specs give)',
      'MessageStore (table MessageStore): matches its spec',
      'EventStoreEvents (table ProductService-Events): matches its spec',
      'EventStoreSnapshots (table ProductService-Snapshots): matches its spec',
      'DeliveryTracking (table DeliveryTracking-Events): matches its spec',
      'SimpleTable (table SimpleTable): matches its spec',
      '5 tables: 5 match, 0 differ',
      '',
    ]);
  });

  it('ensures the chosen tables under a prefix', async () => {
    const result = await run('ensure', '--simulator', '--tables', 'simpletable, DeliveryTracking', '--prefix', 'dev-');
    expect(result.code).to.equal(0);
    expect(result.out.split('\n')).to.deep.equal([
      'Ensuring 2 tables on a fresh simulator',
      'SimpleTable (table dev-SimpleTable): created: created the table',
      'DeliveryTracking (table dev-DeliveryTracking-Events): created: created the table, enabled time to live, enabled point-in-time recovery',
      '2 tables: 2 created, 0 updated, 0 unchanged',
      '',
    ]);
  });

  it('prints results as JSON with --json', async () => {
    const result = await run('verify', '--simulator', '--json', '--tables', 'MessageStore');
    expect(JSON.parse(result.out)).to.deep.equal([{ specId: 'MessageStore', tableName: 'MessageStore', exists: true, drift: [], unverifiable: [] }]);
  });

  it('ensures and verifies through an endpoint, exiting 1 with the drift once a table was changed', async () => {
    const simulator = createSimulator();
    const server = await simulator.listen();
    try {
      expect((await run('ensure', '--endpoint', server.url, '--prefix', 'cli-')).code).to.equal(0);
      expect((await run('verify', '--endpoint', server.url, '--prefix', 'cli-')).code).to.equal(0);
      await simulator.port.updateTable({ TableName: 'cli-DeliveryTracking-Events', StreamSpecification: { StreamEnabled: false } });
      const result = await run('verify', '--endpoint', server.url, '--prefix', 'cli-');
      expect(result.code).to.equal(1);
      expect(result.out).to.include('DeliveryTracking (table cli-DeliveryTracking-Events): 1 difference\n  stream.enabled: expected true, found false\n');
      expect(result.out).to.include('5 tables: 4 match, 1 differ');
      const missing = await run('verify', '--endpoint', server.url, '--prefix', 'nowhere-', '--tables', 'SimpleTable');
      expect([missing.code, missing.out.split('\n')[1]]).to.deep.equal([1, 'SimpleTable (table nowhere-SimpleTable): missing']);
    } finally {
      await simulator.close();
    }
  });

  it('prints the CloudFormation template', async () => {
    const result = await run('cloudformation', '--tables', 'SimpleTable', '--removal-policy', 'Delete');
    expect(result.code).to.equal(0);
    expect(result.out).to.equal(toJson(cloudFormationTemplate([SIMPLE_TABLE], { removalPolicy: 'Delete' })));
    expect(JSON.parse(result.out)).to.have.nested.property('Resources.SimpleTableTable.DeletionPolicy', 'Delete');
  });

  it('prints the policy documents, with literal ARNs for an account', async () => {
    const result = await run('iam', '--account', '123456789012', '--region', 'eu-west-1');
    const policies = iamPolicies(ALL_TABLE_SPECS, { arns: { style: 'literal', accountId: '123456789012', region: 'eu-west-1' } });
    expect(JSON.parse(result.out)).to.deep.equal(Object.fromEntries(policies.map((policy) => [policy.roleName, policy.document])));
  });

  it('explains bad usage and exits 2', async () => {
    const cases: readonly (readonly [string[], string])[] = [
      [[], 'a command is needed'],
      [['deploy'], 'unknown command "deploy"'],
      [['verify', '--bogus'], "Unknown option '--bogus'"],
      [['ensure', '--tables', 'Nope', '--simulator'], '--tables: no table spec has the id "Nope"'],
      [['ensure', '--simulator', '--endpoint', 'http://localhost:1'], '--simulator and --endpoint exclude each other'],
      [['cloudformation', '--removal-policy', 'Keep'], '--removal-policy must be Retain, Delete or Snapshot, not "Keep"'],
      [['iam', '--account', '123456789012'], '--account needs --region'],
      [['iam', '--account', '123', '--region', 'eu-west-1'], 'An AWS account id is 12 digits, not "123"'],
      [['verify', '--endpoint', 'not a url'], '--endpoint must be a URL'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect([result.code, result.out], argv.join(' ')).to.deep.equal([2, '']);
      expect(result.err, argv.join(' ')).to.include(message).and.to.include('Usage: npm run provision');
    }
  });

  it('prints the usage with --help', async () => {
    const result = await run('--help');
    expect(result.code).to.equal(0);
    expect(result.out).to.match(/^Usage: npm run provision -- <ensure\|verify\|cloudformation\|iam>/);
  });
});
