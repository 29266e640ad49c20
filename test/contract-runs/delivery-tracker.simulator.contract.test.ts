/** The DeliveryTracker contract on the library's delivery tracker over the in-memory simulator. */
import { describeDeliveryTrackerContract } from '../contracts/index.js';
import { deliveryTrackerFactory } from '../support/stores/library-stores.js';
import { simulatorTarget } from '../support/stores/store-targets.js';

describeDeliveryTrackerContract('the library\'s delivery tracker on the simulator', deliveryTrackerFactory(simulatorTarget), { numRuns: 100, raceRuns: 60, maxWriters: 6 });
