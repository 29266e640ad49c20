/**
 * The settings part of a verification: billing, stream, time to live, point-in-time recovery,
 * encryption, deletion protection, table class and tags. What an endpoint cannot report becomes
 * an Unverifiable with the reason, never a drift.
 */
import type { EncryptionSpec, TableSpec } from '../../domain/tables/table-spec.js';
import type { TableDescription } from '../../ports/dynamo-db-table-types.js';
import type { ObservedTable } from './observe-table.js';
import { compareValue, type Drift, type Unverifiable } from './table-drift.js';
import { DEFAULT_RECOVERY_PERIOD_DAYS, recoveryPeriodOf, reportedBillingMode } from './table-shape.js';

export interface SettingsComparison {
  readonly drift: Drift[];
  readonly unverifiable: Unverifiable[];
}

export interface CompareOptions {
  /**
   * Whether the endpoint describes every setting it keeps, as DynamoDB does. When it does, an
   * absent SSEDescription means a key owned by DynamoDB and an absent TableClassSummary means
   * STANDARD; when it does not (DynamoDB Local keeps neither), those absences prove nothing.
   */
  readonly completeDescriptions: boolean;
}

function compareBilling(result: SettingsComparison, spec: TableSpec, table: TableDescription): void {
  const mode = reportedBillingMode(table);
  compareValue(result.drift, 'billing.mode', spec.billing.mode, mode);
  if (spec.billing.mode === 'PROVISIONED' && mode === 'PROVISIONED') {
    compareValue(result.drift, 'billing.readCapacityUnits', spec.billing.readCapacityUnits, table.ProvisionedThroughput?.ReadCapacityUnits);
    compareValue(result.drift, 'billing.writeCapacityUnits', spec.billing.writeCapacityUnits, table.ProvisionedThroughput?.WriteCapacityUnits);
  }
}

function compareStream(result: SettingsComparison, spec: TableSpec, table: TableDescription): void {
  const enabled = table.StreamSpecification?.StreamEnabled === true;
  compareValue(result.drift, 'stream.enabled', spec.stream !== undefined, enabled);
  if (spec.stream !== undefined && enabled) compareValue(result.drift, 'stream.viewType', spec.stream.viewType, table.StreamSpecification.StreamViewType);
}

function compareTimeToLive(result: SettingsComparison, spec: TableSpec, observed: ObservedTable): void {
  if (!observed.timeToLive.available) {
    result.unverifiable.push({ feature: 'timeToLive', reason: observed.timeToLive.reason });
    return;
  }
  const { TimeToLiveStatus: status, AttributeName: attributeName } = observed.timeToLive.value;
  // ENABLING and DISABLING are on their way to the state they name.
  const enabled = status === 'ENABLED' || status === 'ENABLING';
  compareValue(result.drift, 'timeToLive.enabled', spec.timeToLive !== undefined, enabled);
  if (spec.timeToLive !== undefined && enabled) compareValue(result.drift, 'timeToLive.attributeName', spec.timeToLive.attributeName, attributeName);
}

function comparePointInTimeRecovery(result: SettingsComparison, spec: TableSpec, observed: ObservedTable): void {
  if (!observed.continuousBackups.available) {
    result.unverifiable.push({ feature: 'pointInTimeRecovery', reason: observed.continuousBackups.reason });
    return;
  }
  const recovery = observed.continuousBackups.value.PointInTimeRecoveryDescription;
  const enabled = recovery?.PointInTimeRecoveryStatus === 'ENABLED';
  compareValue(result.drift, 'pointInTimeRecovery.enabled', spec.pointInTimeRecovery.enabled, enabled);
  // Before the period became configurable it was always 35 days, and was not reported.
  if (spec.pointInTimeRecovery.enabled && enabled) compareValue(result.drift, 'pointInTimeRecovery.recoveryPeriodInDays', recoveryPeriodOf(spec), recovery.RecoveryPeriodInDays ?? DEFAULT_RECOVERY_PERIOD_DAYS);
}

/** A key named by alias cannot be matched against the key ARN that DynamoDB reports. */
function keyMatches(kmsKeyId: string, keyArn: string | undefined): boolean | 'unknown' {
  if (kmsKeyId.startsWith('alias/') || kmsKeyId.includes(':alias/')) return 'unknown';
  if (keyArn === undefined) return false;
  return kmsKeyId.startsWith('arn:') ? keyArn === kmsKeyId : keyArn.endsWith(`:key/${kmsKeyId}`);
}

function compareEncryption(result: SettingsComparison, encryption: EncryptionSpec, table: TableDescription, options: CompareOptions): void {
  const sse = table.SSEDescription;
  const kms = sse !== undefined && sse.SSEType === 'KMS' && sse.Status !== 'DISABLED' && sse.Status !== 'DISABLING';
  if (sse === undefined && !options.completeDescriptions) {
    result.unverifiable.push({ feature: 'encryption', reason: 'the endpoint reports no SSEDescription, and DynamoDB Local keeps no encryption settings (DynamoDB itself omits it only for a key DynamoDB owns)' });
    return;
  }
  compareValue(result.drift, 'encryption.type', encryption.type === 'AWS_OWNED' ? 'AWS_OWNED' : 'KMS', kms ? 'KMS' : 'AWS_OWNED');
  if (encryption.type !== 'CUSTOMER_MANAGED' || !kms) return;
  const matches = keyMatches(encryption.kmsKeyId, sse.KMSMasterKeyArn);
  if (matches === 'unknown') {
    result.unverifiable.push({ feature: 'encryption', reason: `the spec names the key by the alias ${encryption.kmsKeyId}, and DynamoDB reports only the key's ARN (${sse.KMSMasterKeyArn ?? 'none'})` });
  } else if (!matches) {
    compareValue(result.drift, 'encryption.kmsKeyId', encryption.kmsKeyId, sse.KMSMasterKeyArn);
  }
}

function compareTableClass(result: SettingsComparison, spec: TableSpec, table: TableDescription, options: CompareOptions): void {
  const reported = table.TableClassSummary?.TableClass;
  if (reported === undefined && spec.tableClass !== 'STANDARD' && !options.completeDescriptions) {
    result.unverifiable.push({ feature: 'tableClass', reason: 'the endpoint reports no TableClassSummary (DynamoDB Local ignores table classes)' });
    return;
  }
  // DynamoDB reports the class only once one other than STANDARD was set.
  compareValue(result.drift, 'tableClass', spec.tableClass, reported ?? 'STANDARD');
}

function compareDeletionProtection(result: SettingsComparison, spec: TableSpec, table: TableDescription): void {
  if (table.DeletionProtectionEnabled === undefined) {
    result.unverifiable.push({ feature: 'deletionProtection', reason: 'DescribeTable does not report DeletionProtectionEnabled on this endpoint' });
    return;
  }
  compareValue(result.drift, 'deletionProtection', spec.deletionProtection, table.DeletionProtectionEnabled);
}

/** Each tag the spec names must be there with its value; tags the spec does not name are the table owner's business. */
function compareTags(result: SettingsComparison, spec: TableSpec, observed: ObservedTable): void {
  if (spec.tags.length === 0) return;
  if (observed.tags === undefined) {
    result.unverifiable.push({ feature: 'tags', reason: 'the tags were not read' });
    return;
  }
  if (!observed.tags.available) {
    result.unverifiable.push({ feature: 'tags', reason: observed.tags.reason });
    return;
  }
  const actual = new Map(observed.tags.value.map((tag) => [tag.Key, tag.Value]));
  for (const tag of spec.tags) compareValue(result.drift, `tags.${tag.key}`, tag.value, actual.get(tag.key));
}

export function compareSettings(spec: TableSpec, observed: ObservedTable, options: CompareOptions): SettingsComparison {
  const result: SettingsComparison = { drift: [], unverifiable: [] };
  compareBilling(result, spec, observed.table);
  compareStream(result, spec, observed.table);
  compareTimeToLive(result, spec, observed);
  comparePointInTimeRecovery(result, spec, observed);
  compareEncryption(result, spec.encryption, observed.table, options);
  compareDeletionProtection(result, spec, observed.table);
  compareTableClass(result, spec, observed.table, options);
  compareTags(result, spec, observed);
  return result;
}
