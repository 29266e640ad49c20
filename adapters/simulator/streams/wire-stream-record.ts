/**
 * A stream record in DynamoDB Streams' wire form, built from one committed item change. The
 * images are the engine's stored values, which are never mutated; whoever hands them to a caller
 * that may mutate them copies them first.
 */
import type { ItemChange } from '../engine/item-change.js';
import type { StreamSettings } from '../engine/table-definition.js';
import type { AttributeMap } from '../values/attribute-value.js';
import { itemSize } from '../values/item-size.js';

export type StreamViewType = StreamSettings['viewType'];

export interface WireStreamRecordData {
  /** Epoch seconds, rounded down to the second. */
  readonly ApproximateCreationDateTime: number;
  readonly Keys: AttributeMap;
  readonly NewImage?: AttributeMap;
  readonly OldImage?: AttributeMap;
  readonly SequenceNumber: string;
  readonly SizeBytes: number;
  readonly StreamViewType: StreamViewType;
}

export interface WireStreamRecord {
  readonly eventID: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly eventVersion: '1.1';
  readonly eventSource: 'aws:dynamodb';
  readonly awsRegion: string;
  readonly dynamodb: WireStreamRecordData;
  readonly userIdentity?: { readonly type: string; readonly principalId: string };
}

/** DynamoDB Streams' sequence numbers are decimal strings of at least 21 digits. */
export const SEQUENCE_DIGITS = 21;

export function formatSequenceNumber(sequence: number): string {
  return String(sequence).padStart(SEQUENCE_DIGITS, '0');
}

const includesNew = (viewType: StreamViewType): boolean => viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';
const includesOld = (viewType: StreamViewType): boolean => viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';

export interface RecordIdentity {
  readonly sequence: number;
  readonly eventId: string;
  readonly region: string;
}

export function streamRecordFromChange(change: ItemChange, viewType: StreamViewType, identity: RecordIdentity): WireStreamRecord {
  const newImage = includesNew(viewType) ? change.newImage : undefined;
  const oldImage = includesOld(viewType) ? change.oldImage : undefined;
  // DynamoDB counts the key attributes and the images the record carries.
  const sizeBytes = itemSize(change.keys) + (newImage === undefined ? 0 : itemSize(newImage)) + (oldImage === undefined ? 0 : itemSize(oldImage));
  const data: WireStreamRecordData = {
    ApproximateCreationDateTime: Math.floor(change.time / 1000),
    Keys: change.keys,
    ...(newImage === undefined ? {} : { NewImage: newImage }),
    ...(oldImage === undefined ? {} : { OldImage: oldImage }),
    SequenceNumber: formatSequenceNumber(identity.sequence),
    SizeBytes: sizeBytes,
    StreamViewType: viewType,
  };
  return {
    eventID: identity.eventId,
    eventName: change.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: identity.region,
    dynamodb: data,
    ...(change.userIdentity === undefined ? {} : { userIdentity: { type: change.userIdentity.type, principalId: change.userIdentity.principalId } }),
  };
}
