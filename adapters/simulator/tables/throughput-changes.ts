/**
 * Provisioned throughput changes as DynamoDB books them: an unchanged value is refused, every
 * change records its increase or decrease time, and decreases are budgeted per UTC day (four, then
 * one per hour after the last one, the budget coming back at midnight UTC).
 */
import type { ThroughputSettings } from '../engine/table-definition.js';
import { SimulatorError } from '../simulator-error.js';
import type { ThroughputLog } from './table-state.js';
import { utcDay } from './wire-time.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FREE_DECREASES = 4;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Friday, October 9, 2026 at 1:21:34 AM Coordinated Universal Time`, as DynamoDB prints times. */
export function longUtcTime(milliseconds: number): string {
  const date = new Date(milliseconds);
  const hours = date.getUTCHours();
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  const two = (value: number): string => String(value).padStart(2, '0');
  const weekday = WEEKDAYS[date.getUTCDay()] ?? '';
  const month = MONTHS[date.getUTCMonth()] ?? '';
  return `${weekday}, ${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${twelve}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} Coordinated Universal Time`;
}

/** `owner` is `table` or `index <name>`. */
export function unchangedThroughput(current: ThroughputSettings, requested: ThroughputSettings, owner: string): SimulatorError {
  return SimulatorError.validation(
    `The provisioned throughput for the ${owner} will not change. The requested value equals the current value. ` +
      `Current ReadCapacityUnits provisioned for the ${owner.startsWith('index') ? 'index' : owner}: ${current.readCapacityUnits}. Requested ReadCapacityUnits: ${requested.readCapacityUnits}. ` +
      `Current WriteCapacityUnits provisioned for the ${owner.startsWith('index') ? 'index' : owner}: ${current.writeCapacityUnits}. Requested WriteCapacityUnits: ${requested.writeCapacityUnits}. ` +
      'Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.',
  );
}

/** The log after moving from `current` to `requested` at `now`; throws when the decrease budget is spent. */
export function bookThroughputChange(log: ThroughputLog, current: ThroughputSettings, requested: ThroughputSettings, now: number): ThroughputLog {
  const increase = requested.readCapacityUnits > current.readCapacityUnits || requested.writeCapacityUnits > current.writeCapacityUnits;
  const decrease = requested.readCapacityUnits < current.readCapacityUnits || requested.writeCapacityUnits < current.writeCapacityUnits;
  let next: ThroughputLog = increase ? { ...log, lastIncreaseAt: now } : log;
  if (decrease) {
    const today = utcDay(now);
    const decreasesToday = log.decreaseDay === today ? log.decreasesToday : 0;
    if (decreasesToday >= FREE_DECREASES && log.lastDecreaseAt !== undefined) {
      const allowedAt = Math.min(log.lastDecreaseAt + HOUR, (today + 1) * DAY);
      if (now < allowedAt) {
        throw new SimulatorError(
          'LimitExceededException',
          'Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. ' +
            `After the first ${FREE_DECREASES} decreases, each subsequent decrease in the same UTC day can be performed at most once every 3600 seconds. ` +
            `Number of decreases today: ${decreasesToday}. Last decrease at ${longUtcTime(log.lastDecreaseAt)}. Next decrease can be made at ${longUtcTime(allowedAt)}`,
        );
      }
    }
    next = { ...next, lastDecreaseAt: now, decreasesToday: decreasesToday + 1, decreaseDay: today };
  }
  return next;
}

export function sameThroughput(left: ThroughputSettings, right: ThroughputSettings): boolean {
  return left.readCapacityUnits === right.readCapacityUnits && left.writeCapacityUnits === right.writeCapacityUnits;
}
