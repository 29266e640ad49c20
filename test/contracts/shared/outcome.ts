/** A call's result or its error, for comparing with what the model expects. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export async function outcomeOf<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error };
  }
}

export function describeOutcome(outcome: Outcome<unknown> | PromiseSettledResult<unknown>): string {
  if ('ok' in outcome) return outcome.ok ? `resolved ${JSON.stringify(outcome.value)}` : `rejected with ${String(outcome.error)}`;
  return outcome.status === 'fulfilled' ? `resolved ${JSON.stringify(outcome.value)}` : `rejected with ${String(outcome.reason)}`;
}
