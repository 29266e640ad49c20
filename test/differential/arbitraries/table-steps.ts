/** Table operations inside a sequence: describe, list (with paging), TTL settings. */
import fc from 'fast-check';
import type { Step } from '../support/step.js';
import { defined, optional } from './request-options.js';
import type { TableShape } from './table-shapes.js';

export const MISSING_TABLE = 'diff-missing';

export function tableStep(shapes: readonly TableShape[]): fc.Arbitrary<Step> {
  const tableName = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...shapes.map((shape) => shape.name)) }, { weight: 1, arbitrary: fc.constant(MISSING_TABLE) });
  return fc.oneof(
    { weight: 3, arbitrary: tableName.map((TableName): Step => ({ operation: 'DescribeTable', input: { TableName } })) },
    {
      weight: 2,
      arbitrary: fc
        .record({ limit: optional(fc.integer({ min: 1, max: 3 })), start: optional(fc.constantFrom('diff-a', 'diff-main', 'diff-n', 'diff-other', 'z')) })
        .map(({ limit, start }): Step => ({ operation: 'ListTables', input: defined({ Limit: limit, ExclusiveStartTableName: start }) })),
    },
    { weight: 2, arbitrary: tableName.map((TableName): Step => ({ operation: 'DescribeTimeToLive', input: { TableName } })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ TableName: tableName, enabled: fc.boolean(), attribute: fc.constantFrom('ttl', 'n', 'pk') })
        .map(({ TableName, enabled, attribute }): Step => ({ operation: 'UpdateTimeToLive', input: { TableName, TimeToLiveSpecification: { Enabled: enabled, AttributeName: attribute } } })),
    },
  );
}
