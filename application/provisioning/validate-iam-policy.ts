/**
 * Checks of a generated policy document: only DynamoDB actions that exist, no wildcards in
 * actions, account-level actions (no resource type) only on `*` and nothing else on `*`, stream
 * actions only on stream ARNs and item or table actions only on table and index ARNs.
 */
import type { JsonValue } from '../../domain/values/json-value.js';
import { ACCOUNT_LEVEL_ACTIONS, isDynamoDbAction, STREAM_ACTIONS } from './dynamo-db-iam-actions.js';
import { ProvisioningError } from './provisioning-error.js';

interface StatementLike {
  readonly Sid?: string;
  readonly Effect?: string;
  readonly Action?: readonly string[];
  readonly Resource?: readonly JsonValue[];
}

interface DocumentLike {
  readonly Version?: string;
  readonly Statement?: readonly StatementLike[];
}

/** The ARN text: literal, or an Fn::Sub template with each `${...}` as one plain segment. */
function arnText(resource: JsonValue): string | undefined {
  if (typeof resource === 'string') return resource;
  if (typeof resource === 'object' && resource !== null && !Array.isArray(resource)) {
    const sub = (resource as Readonly<Record<string, JsonValue>>)['Fn::Sub'];
    if (typeof sub === 'string') return sub.replace(/\$\{[^}]*\}/g, 'x');
  }
  return undefined;
}

const TABLE_ARN = /:dynamodb:[^:]*:[^:]*:table\/[^/]+(\/index\/[^/]+)?$/;
const STREAM_ARN = /:dynamodb:[^:]*:[^:]*:table\/[^/]+\/stream\/[^/]+$/;

function statementProblems(statement: StatementLike, at: string): string[] {
  const problems: string[] = [];
  if (statement.Effect !== 'Allow') problems.push(`${at}: Effect must be Allow`);
  const actions = statement.Action ?? [];
  const resources = (statement.Resource ?? []).map(arnText);
  if (actions.length === 0) problems.push(`${at}: no actions`);
  if (resources.length === 0) problems.push(`${at}: no resources`);
  if (new Set(actions).size !== actions.length) problems.push(`${at}: an action is listed twice`);
  const everything = resources.includes('*');
  for (const action of actions) {
    if (/[*?]/.test(action)) {
      problems.push(`${at}: the action ${action} is a wildcard`);
      continue;
    }
    const name = action.startsWith('dynamodb:') ? action.slice('dynamodb:'.length) : undefined;
    if (name === undefined || !isDynamoDbAction(name)) {
      problems.push(`${at}: ${action} is not a DynamoDB action`);
      continue;
    }
    if (ACCOUNT_LEVEL_ACTIONS.has(name)) {
      if (!everything || resources.length !== 1) problems.push(`${at}: ${action} has no resource type and must be granted on "*" alone`);
    } else if (everything) {
      problems.push(`${at}: ${action} must name its tables, not "*"`);
    } else {
      const pattern = STREAM_ACTIONS.has(name) ? STREAM_ARN : TABLE_ARN;
      for (const resource of resources) {
        if (resource === undefined || !pattern.test(resource)) problems.push(`${at}: ${action} cannot apply to ${resource ?? 'an unreadable resource'}`);
      }
    }
  }
  return problems;
}

/** Every problem of the document; empty when it passes. */
export function policyProblems(document: DocumentLike): readonly string[] {
  const problems: string[] = [];
  if (document.Version !== '2012-10-17') problems.push('Version must be 2012-10-17');
  const statements = document.Statement ?? [];
  if (statements.length === 0) problems.push('no statements');
  const sids = new Set<string>();
  statements.forEach((statement, index) => {
    const at = `Statement[${index}]${statement.Sid === undefined ? '' : ` (${statement.Sid})`}`;
    if (statement.Sid !== undefined) {
      if (!/^[A-Za-z0-9]+$/.test(statement.Sid)) problems.push(`${at}: Sid must be alphanumeric`);
      if (sids.has(statement.Sid)) problems.push(`${at}: Sid repeated`);
      sids.add(statement.Sid);
    }
    problems.push(...statementProblems(statement, at));
  });
  return problems;
}

export function assertValidPolicy(document: DocumentLike, roleName: string): void {
  const problems = policyProblems(document);
  if (problems.length > 0) throw new ProvisioningError('InvalidPolicy', `The policy of ${roleName} is not valid: ${problems.join('; ')}`);
}
