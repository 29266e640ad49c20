/** What an adapter factory gives the contract suite: a port, and how to release it. */
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';

export interface PortUnderTest {
  readonly port: DynamoDbPort;
  /** Called once the property is done with the port (close sockets, stop servers). */
  dispose?(): Promise<void>;
}
