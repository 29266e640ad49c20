/**
 * Part 2: an account aggregate with the command helper: two deposits race for the same version,
 * the loser reloads and retries; snapshots every 5 events; the aggregate loads from the latest
 * snapshot plus the events after it; queries by aggregate type and by user.
 */
import { everyNEvents } from '../../../domain/events/snapshot-policy.js';
import type { StoredEvent } from '../../../domain/events/stored-event.js';
import type { Clock } from '../../../ports/clock.js';
import type { EventStore } from '../../../ports/event-store.js';
import { createCommandHandler } from '../../event-store/command-handler.js';
import { TOKENS } from '../../tokens.js';
import type { DemoContext } from './demo-context.js';

interface Account extends Record<string, number> {
  readonly balance: number;
  readonly deposits: number;
}

const evolve = (state: Account, event: StoredEvent): Account => {
  const amount = (event.eventData as { amount?: number }).amount ?? 0;
  return { balance: state.balance + amount, deposits: state.deposits + 1 };
};

export async function appendEvents({ container, say }: DemoContext): Promise<void> {
  const eventStore = container.get<EventStore>(TOKENS.EventStore);
  const deposit = createCommandHandler<Account, { amount: number }>({
    eventStore,
    aggregateType: 'Account',
    initial: { balance: 0, deposits: 0 },
    evolve,
    decide: (command) => [{ eventType: 'Deposited', eventData: { amount: command.amount } }],
    snapshotPolicy: everyNEvents(5),
    clock: container.get<Clock>(TOKENS.Clock),
  });
  say('2. Event sourcing (an account, the command helper, snapshots)');
  const [ada, bob] = await Promise.all([
    deposit('account-1', { amount: 100 }, { userId: 'ada', correlationId: 'c-1' }),
    deposit('account-1', { amount: 50 }, { userId: 'bob', correlationId: 'c-2' }),
  ]);
  const retried = [ada, bob].find((result) => result.attempts > 1);
  say(`   two deposits raced for version 1: ${retried === undefined ? 'no conflict this time' : `one conflicted, reloaded and landed as version ${retried.version} on attempt ${retried.attempts}`}`);
  let snapshots = 0;
  for (let index = 0; index < 10; index += 1) {
    const result = await deposit('account-1', { amount: 10 }, { userId: index % 2 === 0 ? 'ada' : 'bob', correlationId: `c-${index + 3}` });
    if (result.snapshot === 'taken') snapshots += 1;
  }
  say(`   10 more deposits: stream at version 12, ${snapshots} snapshots taken (every 5 events)`);
  const loaded = await eventStore.loadAggregate('account-1', evolve, { balance: 0, deposits: 0 });
  say(`   loaded account-1: balance ${loaded.state.balance} after ${loaded.state.deposits} deposits, from the snapshot at version ${loaded.snapshot?.version ?? 0} plus ${loaded.eventsApplied} events`);
  const byType = await eventStore.getEventsByType('Account', 'Deposited');
  const byAda = await eventStore.getEventsByUser('ada');
  say(`   queries: ${byType.length} Deposited events of Accounts, ${byAda.length} events caused by ada`);
}
