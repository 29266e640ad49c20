/**
 * The composition root: createContainer(options) binds the DynamoDB port to the storage adapter
 * that the options choose, and the services above it. The only module (with the entry points)
 * that knows the adapters.
 */
import 'reflect-metadata';
import { Container } from 'inversify';
import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../ports/clock.js';
import type { DynamoDbPort } from '../ports/dynamo-db-port.js';
import type { IdGenerator } from '../ports/id-generator.js';
import { noopTelemetry, type Telemetry } from '../ports/telemetry.js';
import { createAwsStorage } from './composition/aws-storage.js';
import { decorateStoragePort } from './composition/resilience.js';
import { checkCommonOptions, checkStorageOptions, type ContainerOptions } from './container-options.js';
import { TOKENS } from './tokens.js';

const randomIds: IdGenerator = Object.freeze({ newId: () => randomUUID() });

function createStorage(options: ContainerOptions): DynamoDbPort {
  return createAwsStorage(options);
}

export function createContainer(options: ContainerOptions): Container {
  checkStorageOptions(options);
  checkCommonOptions(options);
  const container = new Container({ defaultScope: 'Singleton' });
  const clock = options.clock ?? systemClock;
  const telemetry = options.telemetry ?? noopTelemetry;
  const raw = createStorage(options);
  container.bind<Clock>(TOKENS.Clock).toConstantValue(clock);
  container.bind<IdGenerator>(TOKENS.IdGenerator).toConstantValue(options.idGenerator ?? randomIds);
  container.bind<Telemetry>(TOKENS.Telemetry).toConstantValue(telemetry);
  container.bind<DynamoDbPort>(TOKENS.RawDynamoDbPort).toConstantValue(raw);
  container.bind<DynamoDbPort>(TOKENS.DynamoDbPort).toConstantValue(decorateStoragePort(raw, { resilience: options.resilience, telemetry, clock }));
  return container;
}
