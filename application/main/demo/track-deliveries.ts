/**
 * Part 3: delivery tracking: records per user, a failed delivery retried and then delivered, an
 * illegal transition refused, queries by status and type; then TTL: the clock moves 31 days,
 * expired records vanish from reads at once and the sweep deletes them.
 */
import { IllegalTransitionError } from '../../../domain/delivery/illegal-transition-error.js';
import type { DeliveryTracker } from '../../../ports/delivery-tracker.js';
import { TOKENS } from '../../tokens.js';
import { DAY_MS, type DemoContext } from './demo-context.js';

export async function trackDeliveries({ container, clock, sweepExpiredItems, say }: DemoContext): Promise<void> {
  const tracker = container.get<DeliveryTracker>(TOKENS.DeliveryTracker);
  say('3. Delivery tracking (status transitions, retries, TTL)');
  const start = clock.now();
  const keys = ['welcome', 'invoice', 'reminder'].map((eventType, index) => ({
    userId: 'ada',
    eventId: `delivery-${index + 1}`,
    eventType,
    timestamp: new Date(start + index * 1000).toISOString(),
  }));
  for (const key of keys) await tracker.record({ ...key, payload: { channel: 'email' } });
  const [welcome, invoice] = keys as [(typeof keys)[number], (typeof keys)[number]];
  await tracker.markDelivered(welcome);
  await tracker.markFailed(invoice, 'mailbox full');
  await tracker.scheduleRetry(invoice, new Date(start + 60_000).toISOString());
  const retried = await tracker.markDelivered(invoice);
  say(`   invoice: failed, retry scheduled, then delivered (retry count ${retried.retryCount})`);
  try {
    await tracker.markFailed(welcome, 'too late');
  } catch (error) {
    if (!IllegalTransitionError.is(error)) throw error;
    say(`   welcome: marking a delivered record failed is refused (${error.name})`);
  }
  const delivered = await tracker.queryByStatus('ada', 'delivered');
  const pending = await tracker.queryByStatus('ada', 'pending');
  const reminders = await tracker.queryByEventType('ada', 'reminder');
  say(`   by status: ${delivered.items.length} delivered, ${pending.items.length} pending; by type: ${reminders.items.length} reminder`);

  clock.advance(31 * DAY_MS);
  const afterExpiry = await tracker.queryByUser('ada');
  say(`   31 days later: ${afterExpiry.items.length} records readable (expired ones are filtered before any sweep)`);
  if (sweepExpiredItems === undefined) {
    say('   (the endpoint deletes expired items with its own TTL process)');
  } else {
    say(`   the TTL sweep deleted ${sweepExpiredItems()} expired items`);
  }
}
