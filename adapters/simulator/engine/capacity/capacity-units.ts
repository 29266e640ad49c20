/**
 * DynamoDB's capacity arithmetic. A read unit covers 4 KB read with strong consistency (half a
 * unit when eventually consistent); a write unit covers 1 KB written; transactions cost double;
 * a single-item request costs at least one unit.
 */
const READ_UNIT_BYTES = 4096;
const WRITE_UNIT_BYTES = 1024;

export function readUnits(bytes: number, consistent: boolean, transactional = false): number {
  return readUnitsOf(Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES)), consistent, transactional);
}

/** Query and Scan pay for what they read together, and nothing when they read nothing. */
export function readManyUnits(bytes: number, consistent: boolean): number {
  return readUnitsOf(Math.ceil(bytes / READ_UNIT_BYTES), consistent, false);
}

function readUnitsOf(units: number, consistent: boolean, transactional: boolean): number {
  if (transactional) return units * 2;
  return consistent ? units : units / 2;
}

export function writeUnits(bytes: number, transactional = false): number {
  const units = Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
  return transactional ? units * 2 : units;
}
