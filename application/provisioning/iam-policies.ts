/**
 * Least-privilege IAM policy documents, one per role: each statement grants a role's actions on
 * one table (its ARN, plus `/index/*` where the role queries indexes, or `/stream/*` for its
 * stream). ARNs either refer to a CloudFormation template's parameters through Fn::Sub, or are
 * spelt out for a given partition, region and account. Every document is checked before it is
 * returned (see validate-iam-policy.ts).
 */
import type { TableSpec } from '../../domain/tables/table-spec.js';
import type { JsonObject } from '../../domain/values/json-value.js';
import { rolesForTables, type Grant, type RoleSpec } from './iam-roles.js';
import { ProvisioningError } from './provisioning-error.js';
import { tableNamesFor, type TableNameOptions } from './table-names.js';
import { assertValidPolicy } from './validate-iam-policy.js';

/** An ARN, literal or through CloudFormation's Fn::Sub. */
export type ArnValue = string | { readonly 'Fn::Sub': string };

export interface PolicyStatement extends JsonObject {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly ArnValue[];
}

export interface PolicyDocument extends JsonObject {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

export interface RolePolicy {
  readonly roleName: string;
  readonly description: string;
  readonly document: PolicyDocument;
}

export type ArnStyle =
  /** `arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${<Id>TableName}`. */
  | { readonly style: 'cloudformation' }
  | { readonly style: 'literal'; readonly partition?: string | undefined; readonly region: string; readonly accountId: string };

export interface IamPolicyOptions extends TableNameOptions {
  /** Default: CloudFormation references. */
  readonly arns?: ArnStyle | undefined;
  /** Default: the design roles whose tables are all among the specs. */
  readonly roles?: readonly RoleSpec[] | undefined;
}

/** The template parameter that holds a spec's table name. */
export function tableNameParameter(spec: TableSpec): string {
  return `${spec.id}TableName`;
}

type ArnOf = (spec: TableSpec, suffix: string) => ArnValue;

function arnBuilder(specs: readonly TableSpec[], options: IamPolicyOptions): ArnOf {
  const style = options.arns ?? { style: 'cloudformation' };
  if (style.style === 'cloudformation') {
    return (spec, suffix) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:dynamodb:\${AWS::Region}:\${AWS::AccountId}:table/\${${tableNameParameter(spec)}}${suffix}` });
  }
  if (!/^\d{12}$/.test(style.accountId)) throw new ProvisioningError('InvalidOptions', `An AWS account id is 12 digits, not ${JSON.stringify(style.accountId)}`);
  if (!/^[a-z0-9-]+$/.test(style.region)) throw new ProvisioningError('InvalidOptions', `${JSON.stringify(style.region)} is not a region name`);
  const names = tableNamesFor(specs, options);
  const partition = style.partition ?? 'aws';
  return (spec, suffix) => `arn:${partition}:dynamodb:${style.region}:${style.accountId}:table/${names.get(spec.id) ?? spec.tableName.default}${suffix}`;
}

function resourcesOf(grant: Grant, spec: TableSpec | undefined, arnOf: ArnOf): ArnValue[] {
  if (grant.scope === 'account' || spec === undefined) return ['*'];
  switch (grant.scope) {
    case 'table':
      return [arnOf(spec, '')];
    case 'tableAndIndexes': {
      const hasIndexes = spec.globalSecondaryIndexes.length + spec.localSecondaryIndexes.length > 0;
      return hasIndexes ? [arnOf(spec, ''), arnOf(spec, '/index/*')] : [arnOf(spec, '')];
    }
    case 'stream':
      return [arnOf(spec, '/stream/*')];
  }
}

function sidOf(grant: Grant): string {
  if (grant.scope === 'account') return 'AccountLevel';
  return `${grant.table.id.replace(/[^A-Za-z0-9]/g, '')}${grant.scope === 'stream' ? 'Stream' : 'Table'}`;
}

function documentFor(role: RoleSpec, specsById: ReadonlyMap<string, TableSpec>, arnOf: ArnOf): PolicyDocument {
  const statements = role.grants.map((grant): PolicyStatement => ({
    Sid: sidOf(grant),
    Effect: 'Allow',
    Action: [...new Set(grant.actions)].sort().map((action) => `dynamodb:${action}`),
    Resource: resourcesOf(grant, grant.scope === 'account' ? undefined : specsById.get(grant.table.id), arnOf),
  }));
  const document: PolicyDocument = { Version: '2012-10-17', Statement: statements };
  assertValidPolicy(document, role.name);
  return document;
}

/** One policy per role, for the tables of `specs` (matched by spec id, named as the options say). */
export function iamPolicies(specs: readonly TableSpec[], options: IamPolicyOptions = {}): readonly RolePolicy[] {
  const specsById = new Map(specs.map((spec) => [spec.id, spec]));
  const roles = options.roles ?? rolesForTables(specs);
  for (const role of roles) {
    if (!/^[A-Za-z0-9]+$/.test(role.name)) throw new ProvisioningError('InvalidOptions', `A role name must be alphanumeric: ${JSON.stringify(role.name)}`);
    for (const grant of role.grants) {
      if (grant.scope !== 'account' && !specsById.has(grant.table.id)) throw new ProvisioningError('InvalidOptions', `The role ${role.name} uses the table ${grant.table.id}, which is not among the specs`);
    }
  }
  const arnOf = arnBuilder(specs, options);
  return Object.freeze(roles.map((role) => Object.freeze({ roleName: role.name, description: role.description, document: documentFor(role, specsById, arnOf) })));
}
