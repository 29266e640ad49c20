/** Waits with setTimeout, so that fake timers (sinon) drive the waits in tests. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
