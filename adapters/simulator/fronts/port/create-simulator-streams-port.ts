/** The DynamoDB Streams port in process, over the same dispatcher (and faults) as the DynamoDB port. */
import { createDynamoDbStreamsPort, type DynamoDbStreamsPort, type SendStreamsOperation } from '../../../../ports/dynamo-db-streams-port.js';
import type { WireStreamRecord } from '../../streams/wire-stream-record.js';
import type { DocumentCodec } from './document-codec.js';
import { documentStreamRecord } from './document-stream-record.js';
import type { OutputConversion } from './create-simulator-port.js';
import { datesFromEpochSeconds } from './epoch-dates.js';

interface WireRecordsPage {
  readonly Records: readonly WireStreamRecord[];
  readonly NextShardIterator?: string;
}

/**
 * GetRecords pages hold the stored records themselves, so they are converted into new objects;
 * the other answers are built fresh for each call.
 */
export function streamsOutput(codec: DocumentCodec): OutputConversion {
  return (operation, response) => {
    if (operation !== 'GetRecords') return datesFromEpochSeconds(response);
    const page = response as WireRecordsPage;
    return {
      Records: page.Records.map((record) => documentStreamRecord(record, codec)),
      ...(page.NextShardIterator === undefined ? {} : { NextShardIterator: page.NextShardIterator }),
    };
  };
}

export function createSimulatorStreamsPort(send: (operation: string, input: unknown) => Promise<unknown>): DynamoDbStreamsPort {
  return createDynamoDbStreamsPort(send as SendStreamsOperation);
}
