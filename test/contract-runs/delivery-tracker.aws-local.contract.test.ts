/**
 * The DeliveryTracker contract on the library's delivery tracker over DynamoDB Local, through
 * the AWS adapter; the table made with ensureTables under a unique name and deleted afterwards.
 */
import { describeDeliveryTrackerContract } from '../contracts/index.js';
import { deliveryTrackerFactory } from '../support/stores/library-stores.js';
import { dynamoDbLocalTarget } from '../support/stores/store-targets.js';

describeDeliveryTrackerContract('the library\'s delivery tracker on DynamoDB Local', deliveryTrackerFactory(dynamoDbLocalTarget), { numRuns: 40, raceRuns: 20, maxCommands: 25 });
