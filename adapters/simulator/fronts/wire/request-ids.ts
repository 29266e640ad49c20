/** Request ids in the shape of DynamoDB's (52 upper-case letters and digits), cheap and unique per simulator. */
export function createRequestIds(): () => string {
  let counter = 0;
  const prefix = 'SIMULATOR';
  return () => {
    counter += 1;
    return `${prefix}${counter.toString(36).toUpperCase().padStart(52 - prefix.length, '0')}`;
  };
}
