/**
 * UpdateTable's billing mode and table throughput: switching to on demand drops every provisioned
 * setting; switching to provisioned needs throughput for the table and for every global index;
 * an unchanged throughput is refused; decreases are budgeted.
 */
import type { TableDefinition, ThroughputSettings } from '../engine/table-definition.js';
import { ON_DEMAND_WARM } from './build-table-definition.js';
import { invalidParameter } from './invalid-parameter.js';
import type { UpdateTableRequest } from './table-requests.js';
import { given } from './table-requests.js';
import type { Units } from './table-state.js';
import { bookThroughputChange, sameThroughput, unchangedThroughput } from './throughput-changes.js';
import type { UpdateTablePlan } from './update-table-plan.js';

function higher(left: Units, right: Units): Units {
  return { read: Math.max(left.read, right.read), write: Math.max(left.write, right.write) };
}

export function unitsOf(settings: ThroughputSettings): Units {
  return { read: settings.readCapacityUnits, write: settings.writeCapacityUnits };
}

function withoutThroughput<T extends { readonly provisionedThroughput?: ThroughputSettings }>(value: T): Omit<T, 'provisionedThroughput'> {
  const { provisionedThroughput: _dropped, ...rest } = value;
  return rest;
}

/** The billing mode the table will have after the request. */
export function targetBillingMode(request: UpdateTableRequest, definition: TableDefinition): 'PROVISIONED' | 'PAY_PER_REQUEST' {
  return request.BillingMode ?? definition.billingMode;
}

export function applyBilling(plan: UpdateTablePlan, request: UpdateTableRequest, now: number): void {
  const old = plan.next.definition;
  const mode = targetBillingMode(request, old);
  const throughput = request.ProvisionedThroughput;
  if (mode === 'PAY_PER_REQUEST' && given(throughput)) {
    throw invalidParameter('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
  }
  if (request.BillingMode === 'PROVISIONED' && !given(throughput)) throw invalidParameter('ProvisionedThroughput must be specified when BillingMode is PROVISIONED');
  if (mode === 'PAY_PER_REQUEST') {
    if (request.BillingMode !== 'PAY_PER_REQUEST') return;
    plan.updating = true;
    plan.echoOldThroughput = true;
    if (old.billingMode === 'PAY_PER_REQUEST') return;
    // On demand from now on: every provisioned setting goes, and the table is ready for on-demand traffic.
    plan.next = {
      ...plan.next,
      definition: { ...withoutThroughput(old), billingMode: 'PAY_PER_REQUEST', globalIndexes: old.globalIndexes.map((index) => withoutThroughput(index)) },
      lastUpdateToPayPerRequestAt: now,
      warm: higher(plan.next.warm, ON_DEMAND_WARM),
      indexWarm: new Map([...plan.next.indexWarm].map(([name, units]) => [name, higher(units, ON_DEMAND_WARM)])),
    };
    return;
  }
  if (!given(throughput)) return;
  const requested = { readCapacityUnits: throughput.ReadCapacityUnits, writeCapacityUnits: throughput.WriteCapacityUnits };
  const current = old.provisionedThroughput;
  if (current !== undefined && old.billingMode === 'PROVISIONED' && sameThroughput(current, requested)) throw unchangedThroughput(current, requested, 'table');
  plan.updating = true;
  plan.echoOldThroughput = true;
  plan.next = {
    ...plan.next,
    definition: { ...old, billingMode: 'PROVISIONED', provisionedThroughput: requested },
    throughput: current === undefined || old.billingMode !== 'PROVISIONED' ? plan.next.throughput : bookThroughputChange(plan.next.throughput, current, requested, now),
    warm: higher(plan.next.warm, unitsOf(requested)),
  };
}
