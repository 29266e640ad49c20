/**
 * Provisioning results as short readable lines, for the command line and for logs.
 */
import type { ProvisioningChange, TableEnsureResult } from './ensure-table.js';
import type { DriftValue, TableFeature, TableVerification } from './table-drift.js';

const CHANGES: Readonly<Record<ProvisioningChange, string>> = {
  createdTable: 'created the table',
  enabledStream: 'enabled the stream',
  enabledTimeToLive: 'enabled time to live',
  enabledPointInTimeRecovery: 'enabled point-in-time recovery',
  changedRecoveryPeriod: 'changed the recovery period',
  enabledDeletionProtection: 'enabled deletion protection',
  appliedTags: 'set the tags',
};

const FEATURES: Readonly<Record<TableFeature, string>> = {
  timeToLive: 'time to live',
  pointInTimeRecovery: 'point-in-time recovery',
  encryption: 'encryption',
  tableClass: 'table class',
  tags: 'tags',
  deletionProtection: 'deletion protection',
  stream: 'stream',
};

export function showDriftValue(value: DriftValue): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

export function formatEnsureResults(results: readonly TableEnsureResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const done = result.changes.length === 0 ? 'already as specified' : `${result.outcome}: ${result.changes.map((change) => CHANGES[change]).join(', ')}`;
    lines.push(`${result.specId} (table ${result.tableName}): ${done}`);
    if (result.unsupported.length > 0) lines.push(`  not supported by this endpoint: ${result.unsupported.map((feature) => FEATURES[feature]).join(', ')}`);
    for (const conflict of result.conflicts) lines.push(`  left as it is: ${conflict.path} is ${showDriftValue(conflict.actual)}, the spec wants ${showDriftValue(conflict.expected)}`);
  }
  const created = results.filter((result) => result.outcome === 'created').length;
  const updated = results.filter((result) => result.outcome === 'updated').length;
  lines.push(`${results.length} table${results.length === 1 ? '' : 's'}: ${created} created, ${updated} updated, ${results.length - created - updated} unchanged`);
  return lines;
}

export function formatVerifications(verifications: readonly TableVerification[]): string[] {
  const lines: string[] = [];
  for (const verification of verifications) {
    const heading = `${verification.specId} (table ${verification.tableName})`;
    if (!verification.exists) lines.push(`${heading}: missing`);
    else if (verification.drift.length === 0) lines.push(`${heading}: matches its spec`);
    else lines.push(`${heading}: ${verification.drift.length} difference${verification.drift.length === 1 ? '' : 's'}`);
    if (verification.exists) for (const entry of verification.drift) lines.push(`  ${entry.path}: expected ${showDriftValue(entry.expected)}, found ${showDriftValue(entry.actual)}`);
    for (const entry of verification.unverifiable) lines.push(`  not verifiable: ${FEATURES[entry.feature]} (${entry.reason})`);
  }
  const drifting = verifications.filter((verification) => verification.drift.length > 0).length;
  lines.push(`${verifications.length} table${verifications.length === 1 ? '' : 's'}: ${verifications.length - drifting} match, ${drifting} differ`);
  return lines;
}
