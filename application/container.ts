/**
 * The composition root: createContainer(options) binds the DynamoDB port to the storage adapter
 * that the options choose, wraps it in retries, a circuit breaker and telemetry, and binds the
 * stores above it. The only module (with the entry points) that knows the adapters.
 *
 *   raw storage (aws | simulator | record(target) | replay)   TOKENS.RawDynamoDbPort
 *     → retries → circuit breaker → telemetry                   TOKENS.DynamoDbPort
 *       → EventStore, MessageStore, DeliveryTracker              TOKENS.EventStore, ...
 *
 * closeContainer(container) releases what the storage holds (sockets, timers, a cassette to save).
 */
import 'reflect-metadata';
import { Container } from 'inversify';
import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../ports/clock.js';
import type { DynamoDbPort } from '../ports/dynamo-db-port.js';
import type { IdGenerator } from '../ports/id-generator.js';
import { noopTelemetry, type Telemetry } from '../ports/telemetry.js';
import { ALL_TABLE_SPECS } from '../domain/tables/table-specs.js';
import { createAwsStorage } from './composition/aws-storage.js';
import { whenProvisioned } from './composition/provisioned-port.js';
import { createRecordStorage, createReplayStorage } from './composition/record-replay-storage.js';
import { decorateStoragePort } from './composition/resilience.js';
import { createSimulatorStorage } from './composition/simulator-storage.js';
import { bindStores } from './composition/store-bindings.js';
import { checkCommonOptions, checkStorageOptions, type ContainerOptions, type StorageOptions } from './container-options.js';
import { ensureTables } from './provisioning/ensure-tables.js';
import { tableNamesFor } from './provisioning/table-names.js';
import { TOKENS } from './tokens.js';

const randomIds: IdGenerator = Object.freeze({ newId: () => randomUUID() });

interface Storage {
  readonly port: DynamoDbPort;
  /** Further services the storage offers, by token. */
  readonly extras: readonly (readonly [symbol, unknown])[];
  close(): Promise<void>;
}

interface StorageContext {
  readonly clock: Clock;
  /** Provisioning, when asked for, on the storage that holds the data. */
  readonly provision: ((port: DynamoDbPort) => DynamoDbPort) | undefined;
  readonly explicitProvisioning: boolean | undefined;
}

/**
 * Tables are provisioned on the storage that holds the data, never through a recorder: a cassette
 * then holds the application's own calls, and its replay (which holds no data) needs none.
 */
function provisioned(port: DynamoDbPort, context: StorageContext, byDefault: boolean): DynamoDbPort {
  const wanted = context.explicitProvisioning ?? byDefault;
  return wanted && context.provision !== undefined ? context.provision(port) : port;
}

function createStorage(options: StorageOptions, context: StorageContext): Storage {
  switch (options.storage) {
    case 'aws': {
      const port = createAwsStorage(options);
      return { port: provisioned(port, context, false), extras: [], close: () => { port.close(); return Promise.resolve(); } };
    }
    case 'simulator': {
      // The simulator starts empty: its tables are created unless told otherwise.
      const simulator = createSimulatorStorage(options, context.clock);
      return { port: provisioned(simulator.port, context, true), extras: [[TOKENS.Simulator, simulator]], close: () => simulator.close() };
    }
    case 'record': {
      let target: Storage | undefined;
      const port = createRecordStorage(options, (targetOptions) => {
        target = createStorage(targetOptions, context);
        return target.port;
      });
      return { port, extras: target?.extras ?? [], close: async () => { await port.close(); await target?.close(); } };
    }
    case 'replay': {
      const port = createReplayStorage(options);
      return { port, extras: [], close: () => port.close() };
    }
  }
}

const closers = new WeakMap<Container, () => Promise<void>>();

export function createContainer(options: ContainerOptions): Container {
  checkStorageOptions(options);
  checkCommonOptions(options);
  const container = new Container({ defaultScope: 'Singleton' });
  const clock = options.clock ?? systemClock;
  const telemetry = options.telemetry ?? noopTelemetry;
  const names = tableNamesFor(ALL_TABLE_SPECS, { ...options.tables, environment: options.tables?.environment ?? process.env });
  const provision = (port: DynamoDbPort): DynamoDbPort => whenProvisioned(port, ensureTables(port, ALL_TABLE_SPECS, { overrides: Object.fromEntries(names) }));
  const storage = createStorage(options, { clock, provision, explicitProvisioning: options.provisionTables });
  const raw = storage.port;

  container.bind<Clock>(TOKENS.Clock).toConstantValue(clock);
  container.bind<IdGenerator>(TOKENS.IdGenerator).toConstantValue(options.idGenerator ?? randomIds);
  container.bind<Telemetry>(TOKENS.Telemetry).toConstantValue(telemetry);
  for (const [token, service] of storage.extras) container.bind(token).toConstantValue(service);
  container.bind<DynamoDbPort>(TOKENS.RawDynamoDbPort).toConstantValue(raw);
  container.bind<DynamoDbPort>(TOKENS.DynamoDbPort).toConstantValue(decorateStoragePort(raw, { resilience: options.resilience, telemetry, clock }));
  bindStores(container, names);
  closers.set(container, () => storage.close());
  return container;
}

/** Releases the storage of a container made by createContainer (and saves a recording), then unbinds everything. */
export async function closeContainer(container: Container): Promise<void> {
  const close = closers.get(container);
  closers.delete(container);
  await close?.();
  await container.unbindAllAsync();
}
