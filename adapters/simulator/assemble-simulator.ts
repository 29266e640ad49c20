/**
 * Puts one simulator together around an engine: the dispatcher with fault injection, the
 * streams, the DynamoDB and streams ports, the SDK request handler and the HTTP server. Every
 * part belongs to this one instance; simulators share nothing.
 */
import { systemClock, type Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { DynamoDbStreamsPort, StreamRecord } from '../../ports/dynamo-db-streams-port.js';
import type { SimulatorEngineApi } from './engine/simulator-engine-api.js';
import { FaultInjector, type SimulatorFaults } from './faults/fault-injector.js';
import { createSeededRandom } from './faults/seeded-random.js';
import { createDocumentSend, createSimulatorPort, dynamoDbOutput } from './fronts/port/create-simulator-port.js';
import { createSimulatorStreamsPort, streamsOutput } from './fronts/port/create-simulator-streams-port.js';
import { createDocumentCodec } from './fronts/port/document-codec.js';
import { documentStreamRecord } from './fronts/port/document-stream-record.js';
import { createSimulatorDispatcher } from './fronts/simulator-dispatcher.js';
import { listenSimulatorHttp, type SimulatorHttpServer } from './fronts/wire/simulator-http-server.js';
import { createSimulatorRequestHandler, type SimulatorRequestHandler } from './fronts/wire/simulator-request-handler.js';
import { createWireProtocol } from './fronts/wire/wire-protocol.js';
import type { SimulatorOptions } from './simulator-options.js';
import { StreamStore } from './streams/stream-store.js';
import { StreamsService } from './streams/streams-service.js';

export type StreamRecordListener = (record: StreamRecord) => void;

export interface Simulator {
  /** The DynamoDB port, in process: the fastest way in. */
  readonly port: DynamoDbPort;
  /** The DynamoDB Streams port over the same tables. */
  readonly streams: DynamoDbStreamsPort;
  /** For `new DynamoDBClient({ requestHandler })` (and DynamoDB Streams clients): the SDK without a socket. */
  readonly requestHandler: SimulatorRequestHandler;
  readonly clock: Clock;
  readonly faults: SimulatorFaults;
  readonly engine: SimulatorEngineApi;
  /**
   * Receives the records of a table's stream (document shape) as they are committed, in commit
   * order, just after the operation that wrote them. Nothing arrives while the table has no
   * stream. A listener that throws raises an uncaught exception (it never disturbs the write).
   * Returns an unsubscribe.
   */
  subscribe(tableName: string, listener: StreamRecordListener): () => void;
  /** Deletes the items whose TTL has passed by the clock, as DynamoDB's background sweep does. */
  sweepExpiredItems(): number;
  /** Serves DynamoDB's HTTP protocol on 127.0.0.1 (port 0: a free one). */
  listen(port?: number): Promise<SimulatorHttpServer>;
  /** Stops the TTL timer and closes the servers `listen` started. */
  close(): Promise<void>;
}

export function assembleSimulator(engine: SimulatorEngineApi, options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? systemClock;
  const seed = options.seed ?? 1;
  const region = options.region ?? 'us-east-1';
  const faults = new FaultInjector({ seed, clock });
  const streamStore = new StreamStore(clock, region, createSeededRandom(`${String(seed)}/streams`));
  engine.onChange((change) => { streamStore.record(change); });
  const dispatcher = createSimulatorDispatcher({ engine, streams: streamStore, streamsService: new StreamsService(streamStore, clock), faults });
  const codec = createDocumentCodec(options.wrapNumbers ?? false);
  const protocol = createWireProtocol(dispatcher);
  const servers = new Set<SimulatorHttpServer>();
  const sweepTimer = typeof options.ttlSweep === 'object' ? setInterval(() => engine.sweepExpiredItems(), options.ttlSweep.intervalMs) : undefined;
  sweepTimer?.unref();

  return Object.freeze({
    port: createSimulatorPort(createDocumentSend(dispatcher, codec, dynamoDbOutput(codec))),
    streams: createSimulatorStreamsPort(createDocumentSend(dispatcher, codec, streamsOutput(codec))),
    requestHandler: createSimulatorRequestHandler(protocol),
    clock,
    faults,
    engine,
    subscribe(tableName: string, listener: StreamRecordListener): () => void {
      // Delivered after the commit, never inside it: a listener may call the simulator again.
      return streamStore.subscribe(tableName, (record) => {
        queueMicrotask(() => { listener(documentStreamRecord(record, codec)); });
      });
    },
    sweepExpiredItems: () => engine.sweepExpiredItems(),
    async listen(port = 0): Promise<SimulatorHttpServer> {
      const server = await listenSimulatorHttp(protocol, { port, region });
      servers.add(server);
      return {
        url: server.url,
        port: server.port,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    async close(): Promise<void> {
      if (sweepTimer !== undefined) clearInterval(sweepTimer);
      const open = [...servers];
      servers.clear();
      await Promise.all(open.map((server) => server.close()));
    },
  });
}
