/**
 * createRecordReplayPort(options): a DynamoDB port that records what another port answers into a
 * cassette, replays a cassette without any database, passes through, or replays what it has
 * and records what is new. Its `streams` port shares the cassette, so table writes and stream
 * reads keep their order. See RecordReplayPortOptions for the modes, matching, normalizers,
 * redaction and saving.
 */
import { inspect } from 'node:util';
import type { OperationName, InputOf, OutputOf } from '../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { createDynamoDbStreamsPort, type DynamoDbStreamsOperations, type DynamoDbStreamsPort, type StreamsOperationName } from '../../ports/dynamo-db-streams-port.js';
import type { RecordReplayControls } from './record-replay-controls.js';
import type { RecordReplayPortOptions, RecordReplayStreamsPortOptions } from './record-replay-options.js';
import { createSession } from './session/create-session.js';
import type { RecordReplaySession } from './session/record-replay-session.js';

export interface RecordReplayPort extends DynamoDbPort, RecordReplayControls {
  /** DynamoDB Streams on the same cassette (recorded from `streamsTarget`). */
  readonly streams: DynamoDbStreamsPort;
}

export interface RecordReplayStreamsPort extends DynamoDbStreamsPort, RecordReplayControls {}

function controls(session: RecordReplaySession, kind: string, cassette: RecordReplayPortOptions['cassette']): RecordReplayControls & { toString(): string; toJSON(): string; [inspect.custom](): string } {
  const description = `${kind}(${session.mode}, ${typeof cassette === 'string' ? cassette : (cassette?.description ?? 'no cassette')})`;
  return {
    mode: session.mode,
    save: () => session.save(),
    close: () => session.close(),
    unreplayed: () => session.unreplayed(),
    assertAllReplayed: () => {
      session.assertAllReplayed();
    },
    toString: () => description,
    toJSON: () => description,
    [inspect.custom]: () => description,
  };
}

function streamsOn(session: RecordReplaySession, target: DynamoDbStreamsPort | undefined): DynamoDbStreamsPort {
  return createDynamoDbStreamsPort(<N extends StreamsOperationName>(operation: N, input: DynamoDbStreamsOperations[N]['input']) => {
    const forward = target === undefined ? undefined : () => target.send(operation, input);
    return session.exchange(operation, input, forward) as Promise<DynamoDbStreamsOperations[N]['output']>;
  });
}

export function createRecordReplayPort(options: RecordReplayPortOptions): RecordReplayPort {
  const { target, streamsTarget } = options;
  const session = createSession(options, target !== undefined);
  const send = <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const forward = target === undefined ? undefined : () => target.send(operation, input);
    return session.exchange(operation, input, forward) as Promise<OutputOf<N>>;
  };
  return Object.freeze({
    ...createDynamoDbPort(send),
    streams: streamsOn(session, streamsTarget),
    ...controls(session, 'RecordReplayPort', options.cassette),
  });
}

/** The streams variant on a cassette of its own: stream reads recorded and replayed exactly. */
export function createRecordReplayStreamsPort(options: RecordReplayStreamsPortOptions): RecordReplayStreamsPort {
  const session = createSession(options, options.target !== undefined);
  return Object.freeze({
    ...streamsOn(session, options.target),
    ...controls(session, 'RecordReplayStreamsPort', options.cassette),
  });
}
