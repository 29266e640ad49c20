/** An invalid request: a DynamoDbError of kind 'validation', and every item it names unchanged. */
import type fc from 'fast-check';
import { expectDynamoDbError } from '../checks/expect-dynamo-db-error.js';
import { expectSameItem } from '../checks/expect-same-items.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { InvalidRequest, InvalidRequestOptions } from '../vocabulary/invalid-request.js';
import { invalidRequestArbitrary } from '../vocabulary/invalid-request.js';
import { ContractCommand, describeKey } from './contract-command.js';

export class InvalidRequestCommand extends ContractCommand {
  constructor(readonly request: InvalidRequest) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    await expectDynamoDbError(this.request.send(port, tables), 'validation', this.toString());
    for (const { role, key } of this.request.named) {
      const { Item } = await port.getItem({ TableName: tables[role], Key: key, ConsistentRead: true });
      expectSameItem(Item, model.get(role, key), `${describeKey(role, key)} after ${this.request.description}`);
    }
  }

  toString(): string {
    const named = this.request.named.map(({ role, key }) => describeKey(role, key)).join(', ');
    return `${this.request.description}${named === '' ? '' : ` naming ${named}`}`;
  }
}

export const invalidRequestCommandArbitrary = (options: InvalidRequestOptions): fc.Arbitrary<ContractCommand> =>
  invalidRequestArbitrary(options).map((request) => new InvalidRequestCommand(request));
