/**
 * UpdateTable's GlobalSecondaryIndexUpdates: create one index (backfilled by the item store at
 * once), delete one, or change the throughput of any number. The new index's key attributes come
 * from the request's AttributeDefinitions; definitions no key uses any more are dropped, as
 * DynamoDB drops them.
 */
import type { IndexDefinition, TableDefinition } from '../engine/table-definition.js';
import { SimulatorError } from '../simulator-error.js';
import { byName, indexDefinitionOf, ON_DEMAND_WARM, onDemandOf } from './build-table-definition.js';
import { invalidParameter } from './invalid-parameter.js';
import { checkGlobalIndexKeySchema, undefinedKeyAttributes } from './key-schema-rules.js';
import { checkProjection, MOST_PROJECTED_ATTRIBUTES } from './projection-rules.js';
import type { AttributeDefinitionRequest, GlobalIndexUpdateRequest, IndexRequest, UpdateTableRequest } from './table-requests.js';
import { given } from './table-requests.js';
import { checkOnDemandThroughput, checkThroughputBounds } from './table-setting-rules.js';
import { NO_DECREASES } from './table-state.js';
import { bookThroughputChange, sameThroughput, unchangedThroughput } from './throughput-changes.js';
import { unitsOf } from './update-table-billing.js';
import type { UpdateTablePlan } from './update-table-plan.js';

const MOST_GLOBAL_INDEXES = 20;

function unknownIndex(definition: TableDefinition, indexName: string): SimulatorError {
  return new SimulatorError('ResourceNotFoundException', `Requested resource not found: Index ${indexName} for table ${definition.name}`);
}

function requireGlobalIndex(definition: TableDefinition, indexName: string, verb: 'update' | 'delete'): IndexDefinition {
  const index = definition.globalIndexes.find((candidate) => candidate.name === indexName);
  if (index !== undefined) return index;
  if (definition.localIndexes.some((candidate) => candidate.name === indexName)) {
    throw SimulatorError.validation(`Cannot ${verb} an index that is not a GlobalSecondaryIndex: ${indexName}`);
  }
  throw unknownIndex(definition, indexName);
}

function replaceIndex(plan: UpdateTablePlan, index: IndexDefinition): void {
  const definition = plan.next.definition;
  plan.next = { ...plan.next, definition: { ...definition, globalIndexes: definition.globalIndexes.map((candidate) => (candidate.name === index.name ? index : candidate)) } };
}

function usedAttributeNames(definition: TableDefinition): Set<string> {
  const names = new Set<string>();
  for (const keySchema of [definition.keySchema, ...definition.localIndexes.map((index) => index.keySchema), ...definition.globalIndexes.map((index) => index.keySchema)]) {
    names.add(keySchema.partitionKey.name);
    if (keySchema.sortKey !== undefined) names.add(keySchema.sortKey.name);
  }
  return names;
}

/** Keeps exactly the definitions some key uses, adding those of a new index. */
function reconcileAttributeDefinitions(definition: TableDefinition, added: readonly AttributeDefinitionRequest[]): TableDefinition['attributeDefinitions'] {
  const used = usedAttributeNames(definition);
  const merged = new Map(definition.attributeDefinitions.map((attribute) => [attribute.AttributeName, attribute]));
  for (const attribute of added) if (!merged.has(attribute.AttributeName)) merged.set(attribute.AttributeName, { AttributeName: attribute.AttributeName, AttributeType: attribute.AttributeType });
  return [...merged.values()].filter((attribute) => used.has(attribute.AttributeName)).sort(byName);
}

function applyUpdate(plan: UpdateTablePlan, action: NonNullable<GlobalIndexUpdateRequest['Update']>, mode: 'PROVISIONED' | 'PAY_PER_REQUEST', switching: boolean, now: number): void {
  const index = requireGlobalIndex(plan.next.definition, action.IndexName, 'update');
  const throughput = action.ProvisionedThroughput;
  if (given(throughput)) {
    if (mode === 'PAY_PER_REQUEST') {
      throw invalidParameter(`The only Updates for index: ${index.name} when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput`);
    }
    const requested = { readCapacityUnits: throughput.ReadCapacityUnits, writeCapacityUnits: throughput.WriteCapacityUnits };
    const current = index.provisionedThroughput;
    if (current !== undefined && !switching && sameThroughput(current, requested)) throw unchangedThroughput(current, requested, `index ${index.name}`);
    const log = plan.next.indexThroughput.get(index.name) ?? NO_DECREASES;
    plan.next = {
      ...plan.next,
      indexThroughput: new Map(plan.next.indexThroughput).set(index.name, current === undefined || switching ? log : bookThroughputChange(log, current, requested, now)),
      indexWarm: new Map(plan.next.indexWarm).set(index.name, unitsOf(requested)),
    };
    replaceIndex(plan, { ...index, provisionedThroughput: requested });
    plan.echoOldIndexThroughput.add(index.name);
    plan.indexStatus.set(index.name, 'UPDATING');
  }
  if (given(action.OnDemandThroughput)) {
    checkOnDemandThroughput(action.OnDemandThroughput, mode, `index : ${index.name}`, true);
    const merged = { ...plan.next.indexOnDemand.get(index.name), ...onDemandOf(action.OnDemandThroughput) };
    const cleared = { ...(merged.maxRead === -1 || merged.maxRead === undefined ? {} : { maxRead: merged.maxRead }), ...(merged.maxWrite === -1 || merged.maxWrite === undefined ? {} : { maxWrite: merged.maxWrite }) };
    plan.next = { ...plan.next, indexOnDemand: new Map(plan.next.indexOnDemand).set(index.name, cleared) };
    plan.indexStatus.set(index.name, 'UPDATING');
  }
}

function applyDelete(plan: UpdateTablePlan, indexName: string): void {
  const definition = plan.next.definition;
  const index = requireGlobalIndex(definition, indexName, 'delete');
  const remaining = { ...definition, globalIndexes: definition.globalIndexes.filter((candidate) => candidate.name !== indexName) };
  const without = <V>(map: ReadonlyMap<string, V>): Map<string, V> => {
    const copy = new Map(map);
    copy.delete(indexName);
    return copy;
  };
  plan.next = {
    ...plan.next,
    definition: { ...remaining, attributeDefinitions: reconcileAttributeDefinitions(remaining, []) },
    indexThroughput: without(plan.next.indexThroughput),
    indexWarm: without(plan.next.indexWarm),
    indexOnDemand: without(plan.next.indexOnDemand),
  };
  plan.deletingIndexes.push(index);
  plan.updating = true;
}

function applyCreate(plan: UpdateTablePlan, create: IndexRequest, request: UpdateTableRequest, mode: 'PROVISIONED' | 'PAY_PER_REQUEST'): void {
  const definition = plan.next.definition;
  if ([...definition.globalIndexes, ...definition.localIndexes].some((index) => index.name === create.IndexName)) {
    throw SimulatorError.validation('Attempting to create an index which already exists');
  }
  const requested = request.AttributeDefinitions;
  if (!given(requested)) throw invalidParameter(`AttributeDefinitions is not specified for index: ${create.IndexName}`);
  const available = [...requested, ...definition.attributeDefinitions.filter((existing) => !requested.some((attribute) => attribute.AttributeName === existing.AttributeName))];
  const undefinedKeys = undefinedKeyAttributes(create.KeySchema, available.map((attribute) => attribute.AttributeName));
  if (undefinedKeys !== undefined) throw undefinedKeys;
  checkGlobalIndexKeySchema(create.KeySchema);
  checkProjection(create.Projection);
  const projected = [...definition.localIndexes, ...definition.globalIndexes].reduce((total, index) => total + index.projection.nonKeyAttributes.length, 0);
  if (projected + (create.Projection.ProjectionType === 'INCLUDE' ? (create.Projection.NonKeyAttributes?.length ?? 0) : 0) > MOST_PROJECTED_ATTRIBUTES) {
    throw invalidParameter(`Number of projected attributes in all indexes exceeds limit of ${MOST_PROJECTED_ATTRIBUTES}`);
  }
  if (definition.globalIndexes.length >= MOST_GLOBAL_INDEXES) {
    throw new SimulatorError('LimitExceededException', `Subscriber limit exceeded: GlobalSecondaryIndex count exceeds the per-table limit of ${MOST_GLOBAL_INDEXES}`);
  }
  if (mode === 'PROVISIONED' && !given(create.ProvisionedThroughput)) throw invalidParameter(`Both ReadCapacityUnits and WriteCapacityUnits must be specified for index: ${create.IndexName}`);
  if (mode === 'PAY_PER_REQUEST' && given(create.ProvisionedThroughput)) {
    throw invalidParameter(`ProvisionedThroughput should not be specified for index: ${create.IndexName} when BillingMode is PAY_PER_REQUEST`);
  }
  if (given(create.ProvisionedThroughput)) checkThroughputBounds(create.ProvisionedThroughput, create.IndexName);
  if (given(create.OnDemandThroughput)) checkOnDemandThroughput(create.OnDemandThroughput, mode, `index : ${create.IndexName}`, false);
  const index = indexDefinitionOf(create, 'global', available, definition.arn);
  const withIndex = { ...definition, globalIndexes: [...definition.globalIndexes, index] };
  plan.next = {
    ...plan.next,
    definition: { ...withIndex, attributeDefinitions: reconcileAttributeDefinitions(withIndex, requested) },
    indexThroughput: new Map(plan.next.indexThroughput).set(index.name, NO_DECREASES),
    indexWarm: new Map(plan.next.indexWarm).set(index.name, index.provisionedThroughput === undefined ? ON_DEMAND_WARM : unitsOf(index.provisionedThroughput)),
    indexOnDemand: given(create.OnDemandThroughput) ? new Map(plan.next.indexOnDemand).set(index.name, onDemandOf(create.OnDemandThroughput)) : plan.next.indexOnDemand,
  };
  plan.indexStatus.set(index.name, 'CREATING');
  plan.updating = true;
}

/**
 * `switching` is true when the same request moves the table from on demand to provisioned: every
 * remaining global index then needs throughput of its own in the request.
 */
export function applyIndexUpdates(plan: UpdateTablePlan, request: UpdateTableRequest, mode: 'PROVISIONED' | 'PAY_PER_REQUEST', switching: boolean, now: number): void {
  const updates = request.GlobalSecondaryIndexUpdates ?? [];
  if (switching) {
    for (const index of plan.next.definition.globalIndexes) {
      const covered = updates.some((update) => update.Delete?.IndexName === index.name || (update.Update?.IndexName === index.name && given(update.Update.ProvisionedThroughput)));
      if (!covered) throw invalidParameter(`ProvisionedThroughput must be specified for index: ${index.name}`);
    }
  }
  for (const update of updates) {
    if (given(update.Delete)) applyDelete(plan, update.Delete.IndexName);
    else if (given(update.Update)) applyUpdate(plan, update.Update, mode, switching, now);
    else if (given(update.Create)) applyCreate(plan, update.Create, request, mode);
  }
}
