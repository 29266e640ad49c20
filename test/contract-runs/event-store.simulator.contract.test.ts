/** The EventStore contract on the library's event store over the in-memory simulator. */
import { describeEventStoreContract } from '../contracts/index.js';
import { eventStoreFactory } from '../support/stores/library-stores.js';
import { simulatorTarget } from '../support/stores/store-targets.js';

describeEventStoreContract('the library\'s event store on the simulator', eventStoreFactory(simulatorTarget), { numRuns: 100, raceRuns: 60, maxWriters: 8 });
