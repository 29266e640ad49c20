/**
 * The simulator's fault injection: rules by operation and table, fired by probability or by
 * schedule, deterministic from a seed. It sits between the fronts and the engine, so both the
 * port and the wire protocol see the same faults. With no rules it costs one property read.
 */
import type { Clock } from '../../../ports/clock.js';
import type { Fault, FaultKind, FaultRule, FaultRuleHandle, InjectedFault, ThrottlingErrorName } from './fault-rule.js';
import type { Execute, PreparedFault } from './fault-target.js';
import { faultApplies, prepareFault } from './prepare-fault.js';
import { requestTables } from './request-tables.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';

export interface SimulatorFaults {
  /** Adds a rule; rules are consulted in the order they were added. */
  inject(rule: FaultRule): FaultRuleHandle;
  /** Removes every rule and empties the log (the random sequence goes on). */
  clear(): void;
  /** What was injected so far, oldest first. */
  readonly log: readonly InjectedFault[];
}

interface ActiveRule {
  readonly id: number;
  readonly fault: Fault;
  readonly operations: ReadonlySet<string> | undefined;
  readonly tables: ReadonlySet<string> | undefined;
  readonly probability: number;
  readonly nth: ReadonlySet<number> | undefined;
  readonly from: number;
  readonly until: number;
  readonly times: number;
  matched: number;
  hits: number;
}

const FAULT_KINDS: ReadonlySet<FaultKind> = new Set(['throttling', 'internal-error', 'service-unavailable', 'latency', 'unprocessed', 'transaction-conflict', 'timeout-after-commit']);
const THROTTLING_NAMES: ReadonlySet<ThrottlingErrorName> = new Set(['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded']);

function nameSet(value: string | readonly string[] | undefined, option: string): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  const names = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(names) || names.length === 0 || names.some((name) => typeof name !== 'string')) {
    throw new TypeError(`fault rule \`${option}\` must be a name or a non-empty list of names`);
  }
  return new Set(names);
}

function checkFault(fault: Fault | undefined): Fault {
  if (typeof fault !== 'object' || !FAULT_KINDS.has(fault.kind)) {
    throw new TypeError(`fault rule \`fault.kind\` must be one of ${[...FAULT_KINDS].join(', ')}`);
  }
  if (fault.kind === 'latency' && !(Number.isFinite(fault.ms) && fault.ms >= 0)) throw new RangeError('fault rule `fault.ms` must be a duration of zero or more milliseconds');
  if (fault.kind === 'unprocessed' && fault.fraction !== undefined && !(fault.fraction > 0 && fault.fraction <= 1)) {
    throw new RangeError('fault rule `fault.fraction` must be in (0, 1]');
  }
  if (fault.kind === 'throttling' && fault.errorName !== undefined && !THROTTLING_NAMES.has(fault.errorName)) {
    throw new TypeError(`fault rule \`fault.errorName\` must be one of ${[...THROTTLING_NAMES].join(', ')}`);
  }
  return fault;
}

function positiveIntegers(value: number | readonly number[] | undefined, option: string): ReadonlySet<number> | undefined {
  if (value === undefined) return undefined;
  const numbers = typeof value === 'number' ? [value] : value;
  if (numbers.length === 0 || numbers.some((number) => !Number.isInteger(number) || number < 1)) throw new RangeError(`fault rule \`${option}\` must be positive integers`);
  return new Set(numbers);
}

function activeRule(id: number, rule: FaultRule): ActiveRule {
  const probability = rule.probability ?? 1;
  if (!(probability >= 0 && probability <= 1)) throw new RangeError('fault rule `probability` must be in [0, 1]');
  const times = rule.times ?? Number.POSITIVE_INFINITY;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1))) throw new RangeError('fault rule `times` must be a positive integer');
  return {
    id,
    fault: checkFault(rule.fault),
    operations: nameSet(rule.operation, 'operation'),
    tables: nameSet(rule.table, 'table'),
    probability,
    nth: positiveIntegers(rule.nth, 'nth'),
    from: rule.between?.from ?? Number.NEGATIVE_INFINITY,
    until: rule.between?.until ?? Number.POSITIVE_INFINITY,
    times,
    matched: 0,
    hits: 0,
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class FaultInjector implements SimulatorFaults {
  private rules: ActiveRule[] = [];
  private entries: InjectedFault[] = [];
  private nextId = 1;
  private readonly random: SeededRandom;
  private readonly clock: Clock;

  constructor(options: { readonly seed: number | string; readonly clock: Clock }) {
    this.random = createSeededRandom(options.seed);
    this.clock = options.clock;
  }

  /** False while no rule exists: the fronts then call the engine directly. */
  get active(): boolean {
    return this.rules.length > 0;
  }

  get log(): readonly InjectedFault[] {
    return this.entries.slice();
  }

  inject(rule: FaultRule): FaultRuleHandle {
    const active = activeRule(this.nextId, rule);
    this.nextId += 1;
    this.rules.push(active);
    return Object.freeze({ id: active.id, remove: () => { this.rules = this.rules.filter((candidate) => candidate !== active); } });
  }

  clear(): void {
    this.rules = [];
    this.entries = [];
  }

  /** Runs one call under the rules: decides now, waits for any latency, then answers. */
  async run(operation: string, request: unknown, execute: Execute): Promise<unknown> {
    const { delayMs, outcome } = this.decide(operation, request);
    if (delayMs > 0) await delay(delayMs);
    return outcome === undefined ? execute(operation, request) : outcome.run(execute);
  }

  private decide(operation: string, request: unknown): { delayMs: number; outcome: PreparedFault | undefined } {
    const now = this.clock.now();
    let tables: string[] | undefined;
    let delayMs = 0;
    let outcome: PreparedFault | undefined;
    for (const rule of this.rules) {
      if (rule.operations !== undefined && !rule.operations.has(operation)) continue;
      if (!faultApplies(rule.fault, operation)) continue;
      if (rule.tables !== undefined) {
        tables ??= requestTables(request);
        const ruleTables = rule.tables;
        if (!tables.some((table) => ruleTables.has(table))) continue;
      }
      rule.matched += 1;
      const isLatency = rule.fault.kind === 'latency';
      if (!isLatency && outcome !== undefined) continue;
      if (rule.hits >= rule.times || now < rule.from || now >= rule.until) continue;
      if (rule.nth !== undefined && !rule.nth.has(rule.matched)) continue;
      if (rule.probability < 1 && this.random.next() >= rule.probability) continue;
      const prepared = prepareFault(rule.fault, { operation, request, tables: rule.tables, random: this.random });
      if (prepared === undefined) continue;
      rule.hits += 1;
      tables ??= requestTables(request);
      this.entries.push({ sequence: this.entries.length + 1, time: now, operation, tables, ruleId: rule.id, kind: rule.fault.kind, detail: prepared.detail });
      if (rule.fault.kind === 'latency') delayMs += rule.fault.ms;
      else outcome = prepared;
    }
    return { delayMs, outcome };
  }
}
