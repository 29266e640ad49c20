/**
 * The EventStore contract on the library's event store over DynamoDB Local, through the AWS
 * adapter; tables made with ensureTables under unique names and deleted afterwards.
 */
import { describeEventStoreContract } from '../contracts/index.js';
import { eventStoreFactory } from '../support/stores/library-stores.js';
import { dynamoDbLocalTarget } from '../support/stores/store-targets.js';

describeEventStoreContract('the library\'s event store on DynamoDB Local', eventStoreFactory(dynamoDbLocalTarget), { numRuns: 40, raceRuns: 20, maxCommands: 25 });
