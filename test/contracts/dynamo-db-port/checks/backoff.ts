/** The pause between re-sends of unprocessed batch entries. */
export function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5 * 2 ** Math.min(attempt, 6)));
}
