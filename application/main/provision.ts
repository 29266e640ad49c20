/**
 * `npm run provision -- <command> [options]`: the tables of the table specs on any endpoint.
 *
 *   ensure          create what is missing, switch on streams, TTL, recovery and protection
 *   verify          compare each table with its spec; exits 1 when anything differs
 *   cloudformation  print a CloudFormation template of the tables
 *   iam             print the least-privilege policy documents of the roles
 *
 * Without --endpoint, ensure and verify talk to AWS through the standard credential chain;
 * --simulator runs them on a fresh in-memory simulator instead (a dry run). `main` is exported so
 * that tests can run the command line in process.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import type { RemovalPolicy, TableSpec } from '../../domain/tables/table-spec.js';
import { ALL_TABLE_SPECS } from '../../domain/tables/table-specs.js';
import type { Environment } from '../../domain/tables/resolve-table-name.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { cloudFormationTemplate } from '../provisioning/cloudformation-template.js';
import { ensureTables } from '../provisioning/ensure-tables.js';
import { formatEnsureResults, formatVerifications } from '../provisioning/format-results.js';
import { iamPolicies, type ArnStyle } from '../provisioning/iam-policies.js';
import { ProvisioningError } from '../provisioning/provisioning-error.js';
import { toJson } from '../provisioning/stable-json.js';
import type { TableNameOptions } from '../provisioning/table-names.js';
import { verifyTables } from '../provisioning/verify-table.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export const USAGE = `Usage: npm run provision -- <ensure|verify|cloudformation|iam> [options]

  ensure            create missing tables; enable streams, TTL, point-in-time recovery, deletion protection
  verify            compare the tables with their specs (exit code 1 when anything differs)
  cloudformation    print a CloudFormation template of the tables
  iam               print least-privilege IAM policy documents per role

Options:
  --endpoint <url>         a DynamoDB endpoint such as DynamoDB Local (default: AWS)
  --region <region>        the AWS region (default: the standard chain; us-east-1 with --endpoint)
  --simulator              ensure/verify on a fresh in-memory simulator (a dry run)
  --prefix <prefix>        put before every table name
  --tables <ids>           only these specs, by id: ${ALL_TABLE_SPECS.map((spec) => spec.id).join(',')}
  --json                   print results as JSON
  --removal-policy <p>     cloudformation: Retain, Delete or Snapshot for every table (default: each spec's)
  --include-policies       cloudformation: add the IAM policies as managed policy resources
  --account <id>           iam: literal ARNs for this account (with --region) instead of template references
  --partition <p>          iam: the partition of literal ARNs (default aws)
`;

export interface ProvisionIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Where table names are read from the specs' environment variables; default process.env. */
  readonly environment?: Environment | undefined;
}

const processIo: ProvisionIo = {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
};

class UsageError extends Error {}

type Values = ReturnType<typeof parse>['values'];

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      endpoint: { type: 'string' },
      region: { type: 'string' },
      simulator: { type: 'boolean', default: false },
      prefix: { type: 'string' },
      tables: { type: 'string' },
      json: { type: 'boolean', default: false },
      'removal-policy': { type: 'string' },
      'include-policies': { type: 'boolean', default: false },
      account: { type: 'string' },
      partition: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function selectSpecs(list: string | undefined): readonly TableSpec[] {
  if (list === undefined) return ALL_TABLE_SPECS;
  const byId = new Map(ALL_TABLE_SPECS.map((spec) => [spec.id.toLowerCase(), spec]));
  return [...new Set(list.split(',').map((id) => id.trim()).filter((id) => id !== ''))].map((id) => {
    const spec = byId.get(id.toLowerCase());
    if (spec === undefined) throw new UsageError(`--tables: no table spec has the id ${JSON.stringify(id)} (known: ${ALL_TABLE_SPECS.map((known) => known.id).join(', ')})`);
    return spec;
  });
}

function removalPolicy(value: string | undefined): RemovalPolicy | undefined {
  if (value === undefined || value === 'Retain' || value === 'Delete' || value === 'Snapshot') return value;
  throw new UsageError(`--removal-policy must be Retain, Delete or Snapshot, not ${JSON.stringify(value)}`);
}

/** DynamoDB Local and the simulator's server accept any credentials; AWS needs real ones. */
function isLocalEndpoint(endpoint: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(endpoint).hostname);
  } catch {
    throw new UsageError(`--endpoint must be a URL such as http://localhost:8000, not ${JSON.stringify(endpoint)}`);
  }
}

interface Target {
  readonly port: DynamoDbPort;
  readonly description: string;
  readonly fresh: boolean;
  close(): Promise<void>;
}

function openTarget(values: Values): Target {
  if (values.simulator) {
    if (values.endpoint !== undefined) throw new UsageError('--simulator and --endpoint exclude each other');
    const simulator = createSimulator({ region: values.region });
    return { port: simulator.port, description: 'a fresh simulator', fresh: true, close: () => simulator.close() };
  }
  const endpoint = values.endpoint;
  const local = endpoint !== undefined && isLocalEndpoint(endpoint) && process.env['AWS_ACCESS_KEY_ID'] === undefined;
  const port = createAwsDynamoDbPort({
    endpoint,
    region: values.region ?? (endpoint === undefined ? undefined : (process.env['AWS_REGION'] ?? 'us-east-1')),
    credentials: local ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined,
  });
  const description = endpoint ?? `AWS${values.region === undefined ? '' : ` (${values.region})`}`;
  const close = (): Promise<void> => {
    port.close();
    return Promise.resolve();
  };
  return { port, description, fresh: false, close };
}

function arnStyle(values: Values): ArnStyle {
  if (values.account === undefined) return { style: 'cloudformation' };
  if (values.region === undefined) throw new UsageError('--account needs --region to spell out ARNs');
  return { style: 'literal', accountId: values.account, region: values.region, partition: values.partition };
}

async function run(command: string, values: Values, io: ProvisionIo): Promise<number> {
  const specs = selectSpecs(values.tables);
  const names: TableNameOptions = { prefix: values.prefix, environment: io.environment ?? process.env };
  if (command === 'cloudformation') {
    io.out(toJson(cloudFormationTemplate(specs, { ...names, removalPolicy: removalPolicy(values['removal-policy']), includePolicies: values['include-policies'] })));
    return 0;
  }
  if (command === 'iam') {
    io.out(toJson(Object.fromEntries(iamPolicies(specs, { ...names, arns: arnStyle(values) }).map((policy) => [policy.roleName, policy.document]))));
    return 0;
  }
  if (command !== 'ensure' && command !== 'verify') throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  const target = openTarget(values);
  try {
    if (!values.json) io.out(`${command === 'ensure' ? 'Ensuring' : 'Verifying'} ${specs.length} table${specs.length === 1 ? '' : 's'} on ${target.description}\n`);
    if (command === 'ensure' || target.fresh) {
      const results = await ensureTables(target.port, specs, names);
      if (command === 'ensure') {
        io.out(values.json ? toJson(results) : `${formatEnsureResults(results).join('\n')}\n`);
        return 0;
      }
      if (!values.json) io.out('(created on the simulator first, to show what the specs give)\n');
    }
    const verifications = await verifyTables(target.port, specs, names);
    io.out(values.json ? toJson(verifications) : `${formatVerifications(verifications).join('\n')}\n`);
    return verifications.some((verification) => verification.drift.length > 0) ? 1 : 0;
  } finally {
    await target.close();
  }
}

/** Runs the command line; resolves with the exit code (0 fine, 1 drift or failure, 2 bad usage or options). */
export async function main(argv: readonly string[], io: ProvisionIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === undefined) throw new UsageError('a command is needed');
    if (rest.length > 0) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
    return await run(command, values, io);
  } catch (error) {
    const usage = error instanceof UsageError || (ProvisioningError.is(error) && error.code === 'InvalidOptions') || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    if (usage) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`Provisioning failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href;
}

if (isEntryPoint()) {
  process.exitCode = await main(process.argv.slice(2));
}
