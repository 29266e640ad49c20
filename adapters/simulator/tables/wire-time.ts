/** DynamoDB sends dates as seconds since the epoch, with milliseconds as the fraction. */
export function wireTime(milliseconds: number): number {
  return milliseconds / 1000;
}

/** A stream label: the ISO-8601 time of the stream's creation without the zone, `2024-01-02T03:04:05.678`. */
export function streamLabel(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, -1);
}

/** Days since the epoch in UTC: DynamoDB's throughput-decrease budget resets at UTC midnight. */
export function utcDay(milliseconds: number): number {
  return Math.floor(milliseconds / 86_400_000);
}
