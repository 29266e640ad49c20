/**
 * A stream record in the document shape the streams port and the subscriptions hand out: images
 * unmarshalled (from copies, since the stored images are shared with the engine), the creation
 * time as a Date.
 */
import type { Item, Key } from '../../../../ports/document-value.js';
import type { StreamRecord, StreamRecordImages } from '../../../../ports/dynamo-db-streams-port.js';
import type { WireStreamRecord } from '../../streams/wire-stream-record.js';
import { cloneItem } from '../../values/clone-value.js';
import type { DocumentCodec } from './document-codec.js';

export function documentStreamRecord(record: WireStreamRecord, codec: DocumentCodec): StreamRecord {
  const data = record.dynamodb;
  const images: StreamRecordImages = {
    ApproximateCreationDateTime: new Date(data.ApproximateCreationDateTime * 1000),
    Keys: codec.unmarshallItem(cloneItem(data.Keys)) as Key,
    ...(data.NewImage === undefined ? {} : { NewImage: codec.unmarshallItem(cloneItem(data.NewImage)) as Item }),
    ...(data.OldImage === undefined ? {} : { OldImage: codec.unmarshallItem(cloneItem(data.OldImage)) as Item }),
    SequenceNumber: data.SequenceNumber,
    SizeBytes: data.SizeBytes,
    StreamViewType: data.StreamViewType,
  };
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: record.eventSource,
    awsRegion: record.awsRegion,
    dynamodb: images,
    ...(record.userIdentity === undefined ? {} : { userIdentity: { ...record.userIdentity } }),
  };
}
