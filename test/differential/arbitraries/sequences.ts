/**
 * A differential run: one or two table shapes and a sequence of operations on them, mostly
 * writes and reads of items, with batches, transactions, table operations and requests DynamoDB
 * refuses mixed in.
 */
import fc from 'fast-check';
import type { Step } from '../support/step.js';
import { invalidStep } from './invalid-requests.js';
import { batchGetStep, batchWriteStep, transactGetStep, transactWriteStep } from './multi-item-steps.js';
import { queryStep, scanStep } from './read-steps.js';
import { optional } from './request-options.js';
import { deleteStep, getStep, putStep, updateStep } from './single-item-steps.js';
import { tableStep } from './table-steps.js';
import { tableShapes, type TableShape } from './table-shapes.js';

export interface Run {
  readonly tables: readonly TableShape[];
  readonly steps: readonly Step[];
}

export interface RunOptions {
  readonly maxSteps: number;
}

/** Tokens the runner makes unique per run (DynamoDB remembers them for 10 minutes). */
const tokens = optional(fc.constantFrom('token-1', 'token-2'), 4);

function stepOf(shapes: readonly TableShape[]): fc.Arbitrary<Step> {
  const perTable = <T>(make: (shape: TableShape) => fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof(...shapes.map(make));
  const valid = fc.oneof(
    { weight: 8, arbitrary: perTable(putStep) },
    { weight: 6, arbitrary: perTable(updateStep) },
    { weight: 2, arbitrary: perTable(deleteStep) },
    { weight: 3, arbitrary: perTable(getStep) },
    { weight: 4, arbitrary: perTable(queryStep) },
    { weight: 3, arbitrary: perTable(scanStep) },
    { weight: 2, arbitrary: batchWriteStep(shapes) },
    { weight: 2, arbitrary: batchGetStep(shapes) },
    { weight: 2, arbitrary: transactWriteStep(shapes, tokens) },
    { weight: 1, arbitrary: transactGetStep(shapes) },
    { weight: 1, arbitrary: tableStep(shapes) },
  );
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalidStep(valid) });
}

export function runs(options: RunOptions): fc.Arbitrary<Run> {
  return tableShapes.chain((tables) => fc.record({ tables: fc.constant(tables), steps: fc.array(stepOf(tables), { minLength: 1, maxLength: options.maxSteps }) }));
}
