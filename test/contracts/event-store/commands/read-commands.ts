/**
 * Reads of one stream: getEvents between inclusive bounds, and readStream forward or backward
 * between bounds, a page size apart. Both are strongly consistent: they show every append made
 * before them.
 */
import { collect } from '../../shared/collect.js';
import type { ReadDirection } from '../../../../ports/event-store.js';
import type { EventStoreModel } from '../event-store-model.js';
import { expectEvents } from '../expect-events.js';
import { EventStoreCommand, type EventStoreSystem } from './event-store-command.js';

function inRange(from: number | undefined, to: number | undefined): (event: { readonly sequenceNumber: number }) => boolean {
  return (event) => event.sequenceNumber >= (from ?? 1) && event.sequenceNumber <= (to ?? Number.MAX_SAFE_INTEGER);
}

function describeRange(from: number | undefined, to: number | undefined): string {
  return `${from ?? '-'}..${to ?? '-'}`;
}

export class GetEventsCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly from: number | undefined,
    readonly to: number | undefined,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const events = await system.store.getEvents(entityId, this.from, this.to);
    expectEvents(events, model.events(entityId).filter(inRange(this.from, this.to)), this.toString());
  }

  toString(): string {
    return `getEvents(stream ${this.stream}, ${describeRange(this.from, this.to)})`;
  }
}

export class ReadStreamCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly direction: ReadDirection,
    readonly from: number | undefined,
    readonly to: number | undefined,
    readonly pageSize: number,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const events = await collect(system.store.readStream(entityId, { direction: this.direction, from: this.from, to: this.to, pageSize: this.pageSize }));
    const expected = model.events(entityId).filter(inRange(this.from, this.to));
    expectEvents(events, this.direction === 'forward' ? expected : [...expected].reverse(), this.toString());
  }

  toString(): string {
    return `readStream(stream ${this.stream}, ${this.direction}, ${describeRange(this.from, this.to)}, pages of ${this.pageSize})`;
  }
}
