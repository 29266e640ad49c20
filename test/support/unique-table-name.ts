/** Table names that no other test (or earlier run against the same endpoint) uses. */
let counter = 0;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

export function uniqueTableName(prefix: string): string {
  counter += 1;
  return `${prefix}-${run}-${counter}`;
}
