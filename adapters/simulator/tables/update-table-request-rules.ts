/**
 * UpdateTable's checks of the request alone, run before the table is looked up (DynamoDB answers
 * them even for a table that does not exist): something must change, throughputs must be within
 * the model's bounds, the global index actions must be well formed, and most settings must be
 * changed on their own.
 */
import { SimulatorError } from '../simulator-error.js';
import { invalidParameter } from './invalid-parameter.js';
import type { UpdateTableRequest } from './table-requests.js';
import { asksForWarmThroughput, given } from './table-requests.js';
import { checkThroughputBounds } from './table-setting-rules.js';

const NOTHING_TO_UPDATE =
  'At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, ' +
  'MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required';

/** The members that change something, by DynamoDB's names for them. */
function changes(request: UpdateTableRequest): string[] {
  const present: string[] = [];
  if (given(request.ProvisionedThroughput)) present.push('ProvisionedThroughput');
  if (given(request.BillingMode)) present.push('BillingMode');
  if (given(request.StreamSpecification)) present.push('StreamSpecification');
  if (given(request.GlobalSecondaryIndexUpdates) && request.GlobalSecondaryIndexUpdates.length > 0) present.push('GlobalSecondaryIndexUpdates');
  if (given(request.SSESpecification)) present.push('SSESpecification');
  if (given(request.ReplicaUpdates)) present.push('ReplicaUpdates');
  if (given(request.DeletionProtectionEnabled)) present.push('DeletionProtectionEnabled');
  if (given(request.OnDemandThroughput)) present.push('OnDemandThroughput');
  // An empty WarmThroughput changes nothing, so it may come with a change that must be alone.
  if (asksForWarmThroughput(request.WarmThroughput)) present.push('WarmThroughput');
  if (given(request.TableClass)) present.push('TableClass');
  return present;
}

function checkIndexActions(request: UpdateTableRequest): { creates: number; deletes: number } {
  const seen = new Set<string>();
  let creates = 0;
  let deletes = 0;
  for (const update of request.GlobalSecondaryIndexUpdates ?? []) {
    const actions = [update.Create, update.Update, update.Delete].filter(given);
    const [action] = actions;
    if (action === undefined) {
      throw invalidParameter('One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null');
    }
    if (actions.length > 1) throw invalidParameter('Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object');
    if (seen.has(action.IndexName)) throw invalidParameter(`Only one global secondary index update per index is allowed simultaneously. Index: ${action.IndexName}`);
    seen.add(action.IndexName);
    // Like the table's, an index's new throughput is held to the model's bounds before any table is looked up.
    if (given(update.Update?.ProvisionedThroughput)) checkThroughputBounds(update.Update.ProvisionedThroughput, update.Update.IndexName);
    if (given(update.Update?.WarmThroughput) && !asksForWarmThroughput(update.Update.WarmThroughput)) {
      throw invalidParameter(`WarmThroughput must have at least one of ReadUnitsPerSecond or WriteUnitsPerSecond specified for index: ${action.IndexName}`);
    }
    if (given(update.Create)) creates += 1;
    if (given(update.Delete)) deletes += 1;
  }
  return { creates, deletes };
}

/** Several settings may only change alone; DynamoDB names the first of SSE, TableClass, DeletionProtection, WarmThroughput. */
function checkExclusiveChanges(request: UpdateTableRequest, present: readonly string[], indexCreatesOrDeletes: boolean): void {
  const others = (member: string): boolean => present.some((name) => name !== member);
  if (given(request.SSESpecification) && others('SSESpecification')) throw invalidParameter('Server-Side Encryption modification must be the only operation in the request');
  if (given(request.TableClass) && others('TableClass')) throw invalidParameter('TableClass modification must be the only operation in the request');
  if (given(request.DeletionProtectionEnabled) && others('DeletionProtectionEnabled')) throw invalidParameter('DeletionProtection modification must be the only operation in the request');
  if (asksForWarmThroughput(request.WarmThroughput) && others('WarmThroughput')) {
    if (indexCreatesOrDeletes) throw invalidParameter('Create global secondary index cannot be specified when updating WarmThroughput');
    throw invalidParameter('WarmThroughput must be the only operation in the request');
  }
  if (given(request.OnDemandThroughput) && present.some((name) => name !== 'OnDemandThroughput' && name !== 'BillingMode')) {
    throw invalidParameter('OnDemandThroughput can only be combined with BillingMode in an UpdateTable request');
  }
  const changesIops = given(request.ProvisionedThroughput) || request.BillingMode === 'PROVISIONED';
  if (given(request.StreamSpecification) && changesIops) throw invalidParameter('You cannot modify stream status while updating table IOPS');
  if (indexCreatesOrDeletes && given(request.ProvisionedThroughput)) throw invalidParameter('You cannot create or delete index while updating table IOPS');
  if (indexCreatesOrDeletes && given(request.StreamSpecification)) throw invalidParameter('You cannot create or delete index while changing stream status');
}

function checkStreamRequest(request: UpdateTableRequest): void {
  const stream = request.StreamSpecification;
  if (!given(stream)) return;
  if (stream.StreamEnabled && !given(stream.StreamViewType)) throw invalidParameter('If stream is being enabled then UpdateViewType is required');
  if (!stream.StreamEnabled && given(stream.StreamViewType)) throw invalidParameter('If stream is being disabled, then UpdateViewType must not be specified');
}

export function checkUpdateTableRequest(request: UpdateTableRequest): void {
  const present = changes(request);
  if (present.length === 0) throw SimulatorError.validation(NOTHING_TO_UPDATE);
  if (given(request.GlobalSecondaryIndexUpdates) && request.GlobalSecondaryIndexUpdates.length === 0) {
    throw invalidParameter('List of GlobalSecondaryIndexUpdates is empty');
  }
  if (given(request.ProvisionedThroughput)) checkThroughputBounds(request.ProvisionedThroughput);
  const { creates, deletes } = checkIndexActions(request);
  checkExclusiveChanges(request, present, creates + deletes > 0);
  checkStreamRequest(request);
  if (given(request.ReplicaUpdates)) throw invalidParameter('ReplicaUpdates (global tables) are not supported by the simulator');
  if (creates + deletes > 1) {
    throw new SimulatorError('LimitExceededException', 'Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table');
  }
}
