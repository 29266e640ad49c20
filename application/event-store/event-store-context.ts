/** What the parts of the event store share: the port, the tables and the injected services. */
import type { UpcasterRegistry } from '../../domain/events/upcasters.js';
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { AmbiguousRetryPolicy } from './ambiguous-retry.js';
import type { KnownVersions } from './known-versions.js';

export interface EventStoreContext {
  readonly port: DynamoDbPort;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly eventsTable: string;
  readonly snapshotsTable: string;
  readonly upcasters: UpcasterRegistry;
  readonly known: KnownVersions;
  readonly retry: AmbiguousRetryPolicy;
  /** How often an append without an exact expected version may lose a race before giving up. */
  readonly maxAppendAttempts: number;
}
