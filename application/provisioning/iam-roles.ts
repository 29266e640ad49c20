/**
 * The roles that use the design tables and exactly the DynamoDB actions each one issues, read off
 * the stores' code (and the designs where they fix the permissions):
 * - the message store's put is one conditional PutItem that returns the stored original on a
 *   duplicate, and its get one GetItem (design 000: no update, delete, scan or query);
 * - an event store append is a conditional PutItem, or a TransactWriteItems of Puts with a
 *   ConditionCheck on the predecessor (IAM sees PutItem and ConditionCheckItem), a GetItem to
 *   tell its own landed write from another's, and Queries of the stream's head and events;
 *   snapshots are PutItem and Query; reads by type and by user Query the global indexes;
 * - delivery tracking records (PutItem), reads (GetItem), transitions (UpdateItem) and lists by
 *   user, event type and status (Query on the table and its indexes);
 * - a stream consumer (such as a Lambda event source mapping) reads the delivery table's stream;
 *   ListStreams has no resource type in IAM, so it can only be granted on `*`;
 * - design 004's function reads with GetItem and Query and writes with PutItem and UpdateItem.
 */
import type { TableSpec } from '../../domain/tables/table-spec.js';
import { DELIVERY_TRACKING_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, MESSAGE_STORE_TABLE, SIMPLE_TABLE } from '../../domain/tables/table-specs.js';
import type { DynamoDbAction } from './dynamo-db-iam-actions.js';

/** What part of a table a grant covers: the table, the table and its indexes, or its stream. */
export type TableScope = 'table' | 'tableAndIndexes' | 'stream';

export type Grant =
  | { readonly scope: TableScope; readonly table: TableSpec; readonly actions: readonly DynamoDbAction[] }
  /** Actions without a resource type, granted on `*`. */
  | { readonly scope: 'account'; readonly actions: readonly DynamoDbAction[] };

export interface RoleSpec {
  /** Alphanumeric: it names the policy and, in a template, its logical id. */
  readonly name: string;
  readonly description: string;
  readonly grants: readonly Grant[];
}

export const DESIGN_ROLES: readonly RoleSpec[] = Object.freeze([
  {
    name: 'MessageStoreWriter',
    description: 'Accepts messages into the immutable message store: conditional puts and strongly consistent gets, nothing else',
    grants: [{ scope: 'table', table: MESSAGE_STORE_TABLE, actions: ['PutItem', 'GetItem'] }],
  },
  {
    name: 'MessageStoreReader',
    description: 'Reads messages from the immutable message store by event id',
    grants: [{ scope: 'table', table: MESSAGE_STORE_TABLE, actions: ['GetItem'] }],
  },
  {
    name: 'EventStoreWriter',
    description: 'Appends events (single puts and transactions), loads aggregates and writes snapshots',
    grants: [
      { scope: 'table', table: EVENT_STORE_EVENTS_TABLE, actions: ['PutItem', 'ConditionCheckItem', 'GetItem', 'Query'] },
      { scope: 'table', table: EVENT_STORE_SNAPSHOTS_TABLE, actions: ['PutItem', 'Query'] },
    ],
  },
  {
    name: 'EventStoreReader',
    description: 'Reads event streams, events by type and by user, and the latest snapshots',
    grants: [
      { scope: 'tableAndIndexes', table: EVENT_STORE_EVENTS_TABLE, actions: ['Query'] },
      { scope: 'table', table: EVENT_STORE_SNAPSHOTS_TABLE, actions: ['Query'] },
    ],
  },
  {
    name: 'DeliveryTracker',
    description: 'Records deliveries, moves them through their states and lists them by user, event type and status',
    grants: [{ scope: 'tableAndIndexes', table: DELIVERY_TRACKING_TABLE, actions: ['PutItem', 'GetItem', 'UpdateItem', 'Query'] }],
  },
  {
    name: 'DeliveryStreamConsumer',
    description: "Reads the delivery tracking table's stream (for example a Lambda event source mapping)",
    grants: [
      { scope: 'stream', table: DELIVERY_TRACKING_TABLE, actions: ['DescribeStream', 'GetRecords', 'GetShardIterator'] },
      { scope: 'account', actions: ['ListStreams'] },
    ],
  },
  {
    name: 'SimpleTableReader',
    description: 'Reads the simple table (design 004: GetItem and Query)',
    grants: [{ scope: 'table', table: SIMPLE_TABLE, actions: ['GetItem', 'Query'] }],
  },
  {
    name: 'SimpleTableWriter',
    description: 'Writes the simple table (design 004: PutItem and UpdateItem)',
    grants: [{ scope: 'table', table: SIMPLE_TABLE, actions: ['PutItem', 'UpdateItem'] }],
  },
] satisfies RoleSpec[]);

/** The roles whose every table is among `specs` (matched by spec id). */
export function rolesForTables(specs: readonly TableSpec[], roles: readonly RoleSpec[] = DESIGN_ROLES): readonly RoleSpec[] {
  const ids = new Set(specs.map((spec) => spec.id));
  return roles.filter((role) => role.grants.every((grant) => grant.scope === 'account' || ids.has(grant.table.id)));
}
