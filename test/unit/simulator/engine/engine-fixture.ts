/** An engine with a controllable clock, and helpers to run requests and catch their errors. */
import { expect } from 'chai';
import { SimulatorEngine } from '../../../../adapters/simulator/engine/simulator-engine.js';
import type { ItemChange } from '../../../../adapters/simulator/engine/item-change.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';

export class ManualClock {
  constructor(public nowMs = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.nowMs;
  }
  advance(ms: number): void {
    this.nowMs += ms;
  }
}

export interface EngineFixture {
  readonly engine: SimulatorEngine;
  readonly clock: ManualClock;
  readonly changes: ItemChange[];
  readonly run: (operation: string, request: unknown) => Record<string, unknown>;
  /** Runs a request that must fail; returns the error. */
  readonly fail: (operation: string, request: unknown) => SimulatorError;
}

export interface TableOptions {
  readonly name?: string;
  readonly sortKey?: 'S' | 'N' | 'B';
  readonly partitionKeyType?: 'S' | 'N' | 'B';
  readonly globalIndexes?: readonly Record<string, unknown>[];
  readonly localIndexes?: readonly Record<string, unknown>[];
  readonly extraAttributes?: readonly { readonly AttributeName: string; readonly AttributeType: string }[];
}

export function createTableRequest(options: TableOptions = {}): Record<string, unknown> {
  const attributes: { AttributeName: string; AttributeType: string }[] = [{ AttributeName: 'pk', AttributeType: options.partitionKeyType ?? 'S' }];
  const keySchema: { AttributeName: string; KeyType: string }[] = [{ AttributeName: 'pk', KeyType: 'HASH' }];
  if (options.sortKey !== undefined) {
    attributes.push({ AttributeName: 'sk', AttributeType: options.sortKey });
    keySchema.push({ AttributeName: 'sk', KeyType: 'RANGE' });
  }
  attributes.push(...(options.extraAttributes ?? []));
  return {
    TableName: options.name ?? 'items',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributes,
    KeySchema: keySchema,
    ...(options.globalIndexes === undefined ? {} : { GlobalSecondaryIndexes: options.globalIndexes }),
    ...(options.localIndexes === undefined ? {} : { LocalSecondaryIndexes: options.localIndexes }),
  };
}

export function engineFixture(...tables: readonly TableOptions[]): EngineFixture {
  const clock = new ManualClock();
  const engine = new SimulatorEngine({ clock });
  const changes: ItemChange[] = [];
  engine.onChange((change) => changes.push(change));
  const run = (operation: string, request: unknown): Record<string, unknown> => engine.execute(operation, request) as Record<string, unknown>;
  const fail = (operation: string, request: unknown): SimulatorError => {
    try {
      engine.execute(operation, request);
    } catch (error) {
      expect(error).to.be.instanceOf(SimulatorError);
      return error as SimulatorError;
    }
    expect.fail(`${operation} succeeded but was expected to fail`);
  };
  for (const table of tables) run('CreateTable', createTableRequest(table));
  return { engine, clock, changes, run, fail };
}

/** Expects a failure with this error name and message. */
export function expectError(error: SimulatorError, errorName: string, message: string): void {
  expect({ errorName: error.errorName, message: error.message }).to.deep.equal({ errorName, message });
}
