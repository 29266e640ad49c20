/** The MessageStore contract on the library's message store over the in-memory simulator. */
import { describeMessageStoreContract } from '../contracts/index.js';
import { messageStoreFactory } from '../support/stores/library-stores.js';
import { simulatorTarget } from '../support/stores/store-targets.js';

describeMessageStoreContract('the library\'s message store on the simulator', messageStoreFactory(simulatorTarget), { numRuns: 100, raceRuns: 60, maxWriters: 8 });
