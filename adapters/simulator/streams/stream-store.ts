/**
 * Every table stream of one simulator: fed by the engine's committed item changes, kept in step
 * with the tables' stream settings after each table operation, and read by the streams service
 * and the in-process subscriptions. Sequence numbers increase across all streams of a simulator.
 */
import type { Clock } from '../../../ports/clock.js';
import type { ItemChange } from '../engine/item-change.js';
import type { TableDefinition } from '../engine/table-definition.js';
import type { SeededRandom } from '../faults/seeded-random.js';
import { StreamLog } from './stream-log.js';
import { streamRecordFromChange, type WireStreamRecord } from './wire-stream-record.js';

export type WireRecordListener = (record: WireStreamRecord) => void;

/** The creation time a stream label (an ISO-8601 timestamp without zone) stands for. */
function labelTime(label: string, fallback: number): number {
  const parsed = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(label) ? label : `${label}Z`);
  return Number.isNaN(parsed) ? fallback : parsed;
}

function hex8(random: SeededRandom): string {
  return Math.floor(random.next() * 4294967296).toString(16).padStart(8, '0');
}

export class StreamStore {
  private readonly logs = new Map<string, StreamLog>();
  private readonly currentByTable = new Map<string, StreamLog>();
  private readonly listeners = new Map<string, Set<WireRecordListener>>();
  private sequence = 0;

  constructor(
    private readonly clock: Clock,
    private readonly region: string,
    private readonly random: SeededRandom,
  ) {}

  /** Brings the table's stream in line with its definition (after CreateTable, UpdateTable, DeleteTable). */
  syncTable(tableName: string, definition: TableDefinition | undefined): void {
    const current = this.currentByTable.get(tableName);
    const settings = definition?.stream;
    if (current !== undefined && current.arn === settings?.arn) return;
    current?.disable(this.clock.now());
    this.currentByTable.delete(tableName);
    if (definition !== undefined && settings !== undefined) this.currentByTable.set(tableName, this.logFor(definition));
  }

  /** Appends the record of one committed change to its table's stream, if it has one. */
  record(change: ItemChange): void {
    const settings = change.table.stream;
    if (settings === undefined) return;
    const log = this.logFor(change.table);
    this.sequence += 1;
    const eventId = `${hex8(this.random)}${hex8(this.random)}${hex8(this.random)}${hex8(this.random)}`;
    const record = streamRecordFromChange(change, settings.viewType, { sequence: this.sequence, eventId, region: this.region });
    log.append(this.sequence, change.time, record);
    const listeners = this.listeners.get(log.tableName);
    if (listeners === undefined) return;
    for (const listener of listeners) {
      try {
        listener(record);
      } catch (error) {
        // Never inside the engine's commit: a failing listener surfaces on its own.
        queueMicrotask(() => { throw error; });
      }
    }
  }

  /** Listens to the records of a table's stream as they are committed; returns an unsubscribe. */
  subscribe(tableName: string, listener: WireRecordListener): () => void {
    const listeners = this.listeners.get(tableName) ?? new Set<WireRecordListener>();
    listeners.add(listener);
    this.listeners.set(tableName, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(tableName) === listeners) this.listeners.delete(tableName);
    };
  }

  /** The streams still readable, trimmed to the clock, in ARN order. */
  streams(): StreamLog[] {
    const now = this.clock.now();
    const live: StreamLog[] = [];
    for (const [arn, log] of this.logs) {
      if (log.expired(now)) {
        this.logs.delete(arn);
        continue;
      }
      log.trim(now);
      live.push(log);
    }
    return live.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
  }

  find(arn: string): StreamLog | undefined {
    const log = this.logs.get(arn);
    if (log === undefined) return undefined;
    const now = this.clock.now();
    if (log.expired(now)) {
      this.logs.delete(arn);
      return undefined;
    }
    log.trim(now);
    return log;
  }

  /** The newest sequence number handed out by this simulator. */
  get latestSequence(): number {
    return this.sequence;
  }

  private logFor(definition: TableDefinition): StreamLog {
    const settings = definition.stream;
    if (settings === undefined) throw new Error(`table ${definition.name} has no stream`);
    let log = this.logs.get(settings.arn);
    if (log === undefined) {
      const now = this.clock.now();
      log = new StreamLog({
        tableName: definition.name,
        settings,
        keySchema: definition.keySchema,
        createdAt: labelTime(settings.label, now),
        startingSequence: this.sequence + 1,
      });
      this.logs.set(settings.arn, log);
      const previous = this.currentByTable.get(definition.name);
      if (previous !== undefined && previous !== log) previous.disable(now);
      this.currentByTable.set(definition.name, log);
    }
    return log;
  }
}
