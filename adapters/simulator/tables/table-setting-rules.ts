/**
 * DynamoDB's checks of the table settings that CreateTable and UpdateTable share: throughput
 * bounds, server-side encryption, table class and on-demand limits, with its messages (tags:
 * tag-rules.ts).
 */
import { SimulatorError } from '../simulator-error.js';
import { invalidParameter } from './invalid-parameter.js';
import type { OnDemandThroughputRequest, SseSpecificationRequest, ThroughputRequest } from './table-requests.js';
import { given } from './table-requests.js';

/** The largest capacity DynamoDB's model accepts before its account limits come into play. */
const MOST_CAPACITY_UNITS = 1_000_000_000_000;

/** `indexName` names the index in the message, as DynamoDB does for index throughput. */
export function checkThroughputBounds(throughput: ThroughputRequest, indexName?: string): void {
  const suffix = indexName === undefined ? '' : ` for index ${indexName}`;
  if (throughput.ReadCapacityUnits > MOST_CAPACITY_UNITS) {
    throw SimulatorError.validation(`Given value ${throughput.ReadCapacityUnits} for ReadCapacityUnits is out of bounds${suffix}`);
  }
  if (throughput.WriteCapacityUnits > MOST_CAPACITY_UNITS) {
    throw SimulatorError.validation(`Given value ${throughput.WriteCapacityUnits} for WriteCapacityUnits is out of bounds${suffix}`);
  }
}

/** Enabled false forbids the other members; a key needs SSEType KMS; AES256 cannot be asked for. */
export function checkSseSpecification(sse: SseSpecificationRequest): void {
  if (sse.Enabled === false) {
    if (given(sse.SSEType)) throw invalidParameter('SSEType can not be specified if Enabled is false');
    if (given(sse.KMSMasterKeyId)) throw invalidParameter('KMSMasterKeyId can not be specified if Enabled is false');
    return;
  }
  if (sse.SSEType === 'AES256') throw invalidParameter('SSEType AES256 is not supported');
  if (given(sse.KMSMasterKeyId) && sse.SSEType !== 'KMS') throw invalidParameter('SSEType KMS is required if KMSMasterKeyId is specified');
}

/** SSE is on when Enabled is true or, with Enabled absent, when SSEType is given. */
export function sseRequested(sse: SseSpecificationRequest): boolean {
  return sse.Enabled === true || (!given(sse.Enabled) && given(sse.SSEType));
}

export const TABLE_CLASSES = ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] as const;
export type TableClassName = (typeof TABLE_CLASSES)[number];

export function checkTableClass(tableClass: string): TableClassName {
  const known = TABLE_CLASSES.find((candidate) => candidate === tableClass);
  if (known === undefined) {
    throw SimulatorError.validation(`Invalid table-class parameter provided. Please try again with a valid table-class value: [${TABLE_CLASSES.join(', ')}].`);
  }
  return known;
}

/**
 * On-demand limits: only for PAY_PER_REQUEST, each at least 1 (UpdateTable also takes -1, "no
 * limit"). `owner` is `table` or `index : <name>` as DynamoDB words it.
 */
export function checkOnDemandThroughput(
  onDemand: OnDemandThroughputRequest,
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST',
  owner: string,
  allowUnset: boolean,
): void {
  const members = [
    ['MaxReadRequestUnits', onDemand.MaxReadRequestUnits],
    ['MaxWriteRequestUnits', onDemand.MaxWriteRequestUnits],
  ] as const;
  for (const [member, value] of members) {
    if (!given(value)) continue;
    if (billingMode === 'PROVISIONED') {
      throw invalidParameter(`${member} for OnDemandThroughput${owner === 'table' ? '' : ` for ${owner}`} cannot be specified when the table BillingMode is PROVISIONED`);
    }
    if (value < 1 && !(allowUnset && value === -1)) {
      throw invalidParameter(`Requested ${member} for OnDemandThroughput for ${owner} is outside of valid range`);
    }
  }
}
