/**
 * A port that holds every call until its tables exist. The container provisions the simulator's
 * tables asynchronously (with the same ensureTables any endpoint gets) while createContainer stays
 * synchronous; the first calls simply wait for it. A failed provisioning fails every call with its
 * error rather than letting calls reach missing tables.
 */
import { createDynamoDbPort, type DynamoDbPort } from '../../ports/dynamo-db-port.js';

export function whenProvisioned(port: DynamoDbPort, provisioning: Promise<unknown>): DynamoDbPort {
  let ready = false;
  const settled = provisioning.then(() => { ready = true; });
  // Rejections surface through the calls; this only keeps an unused failure from crashing the process.
  settled.catch(() => undefined);
  return createDynamoDbPort(async (operation, input) => {
    if (!ready) await settled;
    return port.send(operation, input);
  });
}
