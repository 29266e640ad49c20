/**
 * The MessageStore contract on the library's message store over DynamoDB Local, through the AWS
 * adapter; the table made with ensureTables under a unique name and deleted afterwards.
 */
import { describeMessageStoreContract } from '../contracts/index.js';
import { messageStoreFactory } from '../support/stores/library-stores.js';
import { dynamoDbLocalTarget } from '../support/stores/store-targets.js';

describeMessageStoreContract('the library\'s message store on DynamoDB Local', messageStoreFactory(dynamoDbLocalTarget), { numRuns: 60, raceRuns: 30, maxCommands: 25 });
