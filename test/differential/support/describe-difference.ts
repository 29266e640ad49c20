/** Where two normalised outcomes differ, as a short list of JSON paths with both values. */
const show = (value: unknown): string => {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

export function describeDifference(local: unknown, simulator: unknown, path = '$', found: string[] = [], limit = 12): string[] {
  if (found.length >= limit) return found;
  if (typeof local !== 'object' || typeof simulator !== 'object' || local === null || simulator === null || Array.isArray(local) !== Array.isArray(simulator)) {
    if (JSON.stringify(local) !== JSON.stringify(simulator)) found.push(`${path}: Local ${show(local)} / simulator ${show(simulator)}`);
    return found;
  }
  if (Array.isArray(local) && Array.isArray(simulator) && local.length !== simulator.length) {
    found.push(`${path}: Local has ${local.length} elements, simulator ${simulator.length}`);
  }
  const keys = new Set([...Object.keys(local), ...Object.keys(simulator)]);
  for (const key of keys) describeDifference((local as Record<string, unknown>)[key], (simulator as Record<string, unknown>)[key], `${path}.${key}`, found, limit);
  return found;
}
