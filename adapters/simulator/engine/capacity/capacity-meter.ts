/**
 * What one table consumed in one request, by table and by index, and its rendering as DynamoDB's
 * ConsumedCapacity: TOTAL gives the table name and the total, INDEXES adds the table's share and
 * each index's.
 */
import type { TableDefinition } from '../table-definition.js';

export type CapacityMode = 'NONE' | 'TOTAL' | 'INDEXES';

export interface WireCapacity {
  readonly CapacityUnits: number;
}

export interface WireConsumedCapacity {
  readonly TableName: string;
  readonly CapacityUnits: number;
  readonly Table?: WireCapacity;
  readonly LocalSecondaryIndexes?: Readonly<Record<string, WireCapacity>>;
  readonly GlobalSecondaryIndexes?: Readonly<Record<string, WireCapacity>>;
}

export class CapacityMeter {
  /** The table's own units; an index read leaves them at zero, which INDEXES reports. */
  table = 0;
  private readonly local = new Map<string, number>();
  private readonly global = new Map<string, number>();

  constructor(readonly definition: TableDefinition) {}

  addIndex(indexName: string, units: number): void {
    const isLocal = this.definition.localIndexes.some((index) => index.name === indexName);
    const target = isLocal ? this.local : this.global;
    target.set(indexName, (target.get(indexName) ?? 0) + units);
  }

  get total(): number {
    let total = this.table;
    for (const units of this.local.values()) total += units;
    for (const units of this.global.values()) total += units;
    return total;
  }

  render(mode: CapacityMode): WireConsumedCapacity | undefined {
    if (mode === 'NONE') return undefined;
    if (mode === 'TOTAL') return { TableName: this.definition.name, CapacityUnits: this.total };
    return {
      TableName: this.definition.name,
      CapacityUnits: this.total,
      Table: { CapacityUnits: this.table },
      ...(this.local.size === 0 ? {} : { LocalSecondaryIndexes: renderIndexes(this.local) }),
      ...(this.global.size === 0 ? {} : { GlobalSecondaryIndexes: renderIndexes(this.global) }),
    };
  }
}

function renderIndexes(units: ReadonlyMap<string, number>): Record<string, WireCapacity> {
  const rendered: Record<string, WireCapacity> = {};
  for (const [name, value] of units) rendered[name] = { CapacityUnits: value };
  return rendered;
}

/** ReturnConsumedCapacity as a mode (the request shape has validated the value). */
export function capacityMode(value: unknown): CapacityMode {
  return value === 'TOTAL' || value === 'INDEXES' ? value : 'NONE';
}
