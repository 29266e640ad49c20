/**
 * Declares the DynamoDB port contract as mocha tests: one model-based fast-check property per
 * section, each on a fresh port from the factory and on tables of its own, created through the
 * port and deleted afterwards. Sections whose capability the adapter declares missing are
 * pending tests that say so.
 */
import type { DynamoDbPortCapabilities, ResolvedSettings } from './dynamo-db-port-capabilities.js';
import { resolveSettings } from './dynamo-db-port-capabilities.js';
import type { ContractSection } from './contract-sections.js';
import { CONTRACT_SECTIONS } from './contract-sections.js';
import type { ContractTables } from './contract-tables.js';
import { createContractTables, deleteContractTables } from './contract-tables.js';
import type { PortUnderTest } from './port-under-test.js';
import { runContractProperty } from './run-contract-property.js';

async function runSection(section: ContractSection, title: string, factory: () => Promise<PortUnderTest>, settings: ResolvedSettings): Promise<void> {
  const id = settings.uniqueId();
  const names: ContractTables = { composite: `contract-${id}-composite`, simple: `contract-${id}-simple` };
  const subject = await factory();
  try {
    try {
      const tables = await createContractTables(subject.port, names, settings.tableActiveTimeoutMs);
      await runContractProperty({ title, port: subject.port, tables, tokenPrefix: `contract-${id}` }, section.vocabulary(settings), settings);
    } catch (failure) {
      // The failure is the news; a failed clean-up must not hide it.
      await deleteContractTables(subject.port, names).catch(() => undefined);
      throw failure;
    }
    await deleteContractTables(subject.port, names);
  } finally {
    await subject.dispose?.();
  }
}

/**
 * Runs the one section whose title starts with `titleStart`, outside mocha's declarations: for
 * tests of the suite itself (does it catch a faulty adapter?), so the CONTRACT_* environment
 * variables, meant for replaying the suite's own failures, do not apply. Not part of the public
 * entry.
 */
export async function runContractSection(titleStart: string, factory: () => Promise<PortUnderTest>, capabilities: Partial<DynamoDbPortCapabilities> = {}): Promise<void> {
  const section = CONTRACT_SECTIONS.find((candidate) => candidate.title.startsWith(titleStart));
  if (section === undefined) throw new Error(`no contract section starts with ${JSON.stringify(titleStart)}`);
  await runSection(section, section.title, factory, resolveSettings(capabilities, {}));
}

/**
 * Declares the contract for one adapter. `factory` gives a fresh port for each property;
 * `capabilities` declares what the adapter lacks and tunes the effort (see
 * DynamoDbPortCapabilities).
 */
export function describeDynamoDbPortContract(name: string, factory: () => Promise<PortUnderTest>, capabilities: Partial<DynamoDbPortCapabilities> = {}): void {
  const settings = resolveSettings(capabilities);
  describe(`DynamoDB port contract: ${name}`, function () {
    for (const section of CONTRACT_SECTIONS) {
      const missing = section.requires.filter((flag) => !settings[flag]);
      if (missing.length > 0) {
        it.skip(`${section.title} (pending: the adapter declares ${missing.map((flag) => `${flag}: false`).join(', ')})`);
        continue;
      }
      it(section.title, async function () {
        this.timeout(settings.timeoutMs);
        await runSection(section, this.test?.fullTitle() ?? section.title, factory, settings);
      });
    }
  });
}
