/** A table-operation context with a clock the test moves, and helpers to run operations. */
import { expect } from 'chai';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import { executeTableOperation, type TableOperationName } from '../../../../adapters/simulator/tables/execute-table-operation.js';
import { TableCatalog } from '../../../../adapters/simulator/tables/table-catalog.js';
import type { TableOperationContext } from '../../../../adapters/simulator/tables/table-operation-context.js';

export const START = Date.UTC(2026, 0, 15, 10, 0, 0, 250);

export interface TableTestContext extends TableOperationContext {
  advance(milliseconds: number): void;
  run(operation: TableOperationName, request: unknown): Record<string, unknown>;
  failure(operation: TableOperationName, request: unknown): SimulatorError;
  /** Asserts the operation fails with this error name and exact message. */
  rejects(operation: TableOperationName, request: unknown, errorName: string, message: string): void;
}

export function tableTestContext(start = START): TableTestContext {
  let time = start;
  const catalog = new TableCatalog();
  const context: TableTestContext = {
    catalog,
    clock: { now: () => time },
    region: 'eu-west-1',
    accountId: '123456789012',
    advance: (milliseconds) => { time += milliseconds; },
    run: (operation, request) => executeTableOperation(context, operation, request),
    failure: (operation, request) => {
      try {
        executeTableOperation(context, operation, request);
      } catch (error) {
        if (error instanceof SimulatorError) return error;
        throw error;
      }
      throw new Error(`${operation} succeeded; a SimulatorError was expected`);
    },
    rejects: (operation, request, errorName, message) => {
      const error = context.failure(operation, request);
      expect({ errorName: error.errorName, message: error.message }).to.deep.equal({ errorName, message });
    },
  };
  return context;
}

/** A minimal on-demand table with a string partition key `pk`. */
export function simpleTable(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...extra,
  };
}

/** A provisioned table with pk (S) and sk (N) keys. */
export function provisionedTable(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    TableName: name,
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'N' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    ...extra,
  };
}

/** The Table member of a DescribeTable answer. */
export function described(context: TableTestContext, name: string): Record<string, unknown> {
  return context.run('DescribeTable', { TableName: name })['Table'] as Record<string, unknown>;
}
