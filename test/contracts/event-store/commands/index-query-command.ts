/**
 * Reads through the indexes: getEventsByType (aggregate type and event type) and getEventsByUser,
 * each within optional inclusive time bounds. Bounds need the subject's clock (the model must
 * know every event's time); unbounded reads run on any subject.
 */
import type { StoredEvent } from '../../../../domain/events/stored-event.js';
import { boundInstant, boundText, describeBound, type TimeBound } from '../../shared/time-bound.js';
import type { EventStoreModel, ModelEvent } from '../event-store-model.js';
import { expectEventsByTime } from '../expect-events.js';
import { EventStoreCommand, type EventStoreSystem } from './event-store-command.js';

export type IndexRead = { readonly by: 'type'; readonly aggregateType: number; readonly eventType: string } | { readonly by: 'user'; readonly user: number };

export class IndexQueryCommand extends EventStoreCommand {
  constructor(
    readonly read: IndexRead,
    readonly from: TimeBound | undefined,
    readonly to: TimeBound | undefined,
  ) {
    super();
  }

  override check(model: Readonly<EventStoreModel>): boolean {
    return model.startMs !== undefined || (this.from === undefined && this.to === undefined);
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const start = model.startMs ?? 0;
    const from = this.from === undefined ? undefined : boundText(start, this.from);
    const to = this.to === undefined ? undefined : boundText(start, this.to);
    const low = this.from === undefined ? undefined : boundInstant(start, this.from);
    const high = this.to === undefined ? undefined : boundInstant(start, this.to);
    const read = this.read;
    const matches =
      read.by === 'type'
        ? (event: ModelEvent) => event.aggregateType === model.names.aggregateType(read.aggregateType) && event.eventType === read.eventType
        : (event: ModelEvent) => event.userId === model.names.user(read.user);
    // Bounds are only generated when the clock gives every event's time.
    const within = (event: ModelEvent): boolean => {
      const time = event.eventTime.current ?? '';
      return (low === undefined || time >= low) && (high === undefined || time <= high);
    };
    const events: readonly StoredEvent[] =
      read.by === 'type'
        ? await system.store.getEventsByType(model.names.aggregateType(read.aggregateType), read.eventType, from, to)
        : await system.store.getEventsByUser(model.names.user(read.user), from, to);
    expectEventsByTime(events, model.allEvents().filter((event) => matches(event) && within(event)), this.toString());
  }

  toString(): string {
    const what = this.read.by === 'type' ? `getEventsByType(aggregate type ${this.read.aggregateType}, ${this.read.eventType}` : `getEventsByUser(user ${this.read.user}`;
    return `${what}, ${describeBound(this.from)}..${describeBound(this.to)})`;
  }
}
