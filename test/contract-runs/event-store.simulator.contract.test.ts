/** The EventStore contract on the library's event store over the in-memory simulator. */
import { describeEventStoreContract } from '../contracts/index.js';
import { eventStoreFactory } from '../stress/support/library-stores.js';
import { simulatorTarget } from '../stress/support/store-targets.js';

describeEventStoreContract('the library\'s event store on the simulator', eventStoreFactory(simulatorTarget), { numRuns: 100, raceRuns: 60, maxWriters: 8 });
