/**
 * ClientRequestToken idempotency: sending a successful transaction again, token and request
 * unchanged, succeeds without applying it twice, even when the items have changed since (within
 * DynamoDB's ten-minute window, which a property run never leaves).
 */
import fc from 'fast-check';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import { ContractCommand } from './contract-command.js';

export class RepeatTokenCommand extends ContractCommand {
  constructor(readonly pick: number) {
    super();
  }

  override check(model: Readonly<ContractModel>): boolean {
    return model.tokened.length > 0;
  }

  async run(model: ContractModel, { port }: ContractSystem): Promise<void> {
    const earlier = model.tokened[this.pick % model.tokened.length];
    if (earlier === undefined) return;
    await port.transactWriteItems(earlier.input);
  }

  toString(): string {
    return `TransactWriteItems again: earlier tokened transaction #${this.pick} (modulo their number), same token, same request`;
  }
}

export const repeatTokenCommandArbitrary: fc.Arbitrary<ContractCommand> = fc.nat({ max: 7 }).map((pick) => new RepeatTokenCommand(pick));
