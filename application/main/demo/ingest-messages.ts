/** Part 1: messages through the ingestion Lambda handler: accepted, duplicate, conflict, invalid. */
import type { MessageStore } from '../../../ports/message-store.js';
import { createIngestionHandler } from '../../ingestion/ingestion-handler.js';
import { TOKENS } from '../../tokens.js';
import type { DemoContext } from './demo-context.js';

function post(body: unknown): { body: string; requestContext: { http: { method: string } } } {
  return { body: typeof body === 'string' ? body : JSON.stringify(body), requestContext: { http: { method: 'POST' } } };
}

export async function ingestMessages({ container, say }: DemoContext): Promise<void> {
  const handler = createIngestionHandler({ messageStore: container.get<MessageStore>(TOKENS.MessageStore) });
  say('1. Ingestion (the immutable message store behind a Lambda handler)');
  const attempts: readonly [string, unknown][] = [
    ['new message', { eventId: 'msg-1', eventType: 'OrderPlaced', payload: { order: 'A-17', total: 42 } }],
    ['same message again', { eventId: 'msg-1', eventType: 'OrderPlaced', payload: { order: 'A-17', total: 42 } }],
    ['same id, other content', { eventId: 'msg-1', eventType: 'OrderPlaced', payload: { order: 'A-17', total: 99 } }],
    ['not JSON', '{"eventId": '],
  ];
  for (const [label, body] of attempts) {
    const response = await handler(post(body));
    const parsed = JSON.parse(response.body) as { outcome?: string; error?: string };
    say(`   POST ${label.padEnd(24)} → ${response.statusCode} ${parsed.outcome ?? parsed.error ?? ''}`);
  }
}
