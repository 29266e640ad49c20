/**
 * What one request came to on one side of the comparison: the SDK's response without its
 * metadata, or the error's name, message and the data DynamoDB puts in error bodies.
 */
export type Outcome =
  | { readonly ok: true; readonly response: Record<string, unknown> }
  | { readonly ok: false; readonly name: string; readonly message: string; readonly extras: Record<string, unknown> };

export const success = (response: Record<string, unknown>): Outcome => ({ ok: true, response });

export const failure = (name: string, message: string, extras: Record<string, unknown> = {}): Outcome => ({ ok: false, name, message, extras });

/** One line for reports: the error, or the response as JSON (cut short). */
export function describeOutcome(outcome: Outcome, limit = 2000): string {
  const text = outcome.ok ? JSON.stringify(outcome.response) : `${outcome.name}: ${outcome.message}${Object.keys(outcome.extras).length > 0 ? ` ${JSON.stringify(outcome.extras)}` : ''}`;
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
