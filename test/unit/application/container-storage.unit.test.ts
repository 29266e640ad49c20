import { expect } from 'chai';
import { createContainer } from '../../../application/container.js';
import { ContainerOptionsError } from '../../../application/container-options-error.js';
import { TOKENS } from '../../../application/tokens.js';
import { createManualClock } from '../../../adapters/simulator/manual-clock.js';
import type { Simulator } from '../../../adapters/simulator/create-simulator.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';

describe('createContainer: storage', () => {
  it("binds the port to a fresh simulator with storage 'simulator', on the container's clock", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const container = createContainer({ storage: 'simulator', clock });
    const port = container.get<DynamoDbPort>(TOKENS.DynamoDbPort);
    const simulator = container.get<Simulator>(TOKENS.Simulator);
    await port.createTable({
      TableName: 'things',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    await port.putItem({ TableName: 'things', Item: { id: 'a', n: 1 } });
    // The simulator behind the container is the one bound under TOKENS.Simulator.
    expect((await simulator.port.getItem({ TableName: 'things', Key: { id: 'a' } })).Item).to.deep.equal({ id: 'a', n: 1 });
    expect(simulator.clock.now()).to.equal(Date.UTC(2026, 0, 1));
    const description = await port.describeTable({ TableName: 'things' });
    expect(description.Table?.CreationDateTime?.getTime()).to.equal(Date.UTC(2026, 0, 1));
  });

  it('gives every container its own simulator', async () => {
    const first = createContainer({ storage: 'simulator' }).get<DynamoDbPort>(TOKENS.DynamoDbPort);
    const second = createContainer({ storage: 'simulator' }).get<DynamoDbPort>(TOKENS.DynamoDbPort);
    await first.createTable({ TableName: 'only-here', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' });
    expect((await first.listTables({})).TableNames).to.include('only-here');
    expect((await second.listTables({})).TableNames).not.to.include('only-here');
  });

  it("binds no simulator for storage 'aws'", () => {
    const container = createContainer({ storage: 'aws', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    expect(container.isBound(TOKENS.Simulator)).to.equal(false);
    expect(container.isBound(TOKENS.DynamoDbPort)).to.equal(true);
  });

  const invalid: readonly (readonly [string, unknown, string])[] = [
    ['an unknown storage', { storage: 'mongo' }, 'storage'],
    ['a missing storage', {}, 'storage'],
    ['options that are not an object', 'aws', 'options'],
    ['an endpoint that is not a URL', { storage: 'aws', endpoint: 'localhost:8000' }, 'endpoint'],
    ['an empty region', { storage: 'aws', region: '' }, 'region'],
    ['credentials without a secret', { storage: 'aws', credentials: { accessKeyId: 'a' } }, 'credentials.secretAccessKey'],
    ['a seed that is an object', { storage: 'simulator', seed: {} }, 'seed'],
    ['a TTL sweep interval of 0', { storage: 'simulator', ttlSweep: { intervalMs: 0 } }, 'ttlSweep.intervalMs'],
    ['an account id of 3 digits', { storage: 'simulator', accountId: '123' }, 'accountId'],
  ];
  for (const [name, options, option] of invalid) {
    it(`rejects ${name} with a ContainerOptionsError naming \`${option}\``, () => {
      let thrown: unknown;
      try {
        createContainer(options as never);
      } catch (error) {
        thrown = error;
      }
      expect(ContainerOptionsError.is(thrown), String(thrown)).to.equal(true);
      expect((thrown as ContainerOptionsError).option).to.equal(option);
      expect((thrown as Error).message).to.include(`\`${option}\``);
    });
  }

  it('never echoes a credential in its message', () => {
    try {
      createContainer({ storage: 'aws', credentials: { accessKeyId: 'AKIACANARY123456', secretAccessKey: '' } });
      expect.fail('expected a ContainerOptionsError');
    } catch (error) {
      expect(String(error)).not.to.include('AKIACANARY123456');
    }
  });
});
