/** Number inputs and what DynamoDB Local 3.3.1 answers for them (decimal.local.unit.test.ts checks it still does). */
export const NOT_A_NUMBER = 'A value provided cannot be converted into a number';
export const PRECISION = 'DynamoDB only supports precision up to 38 digits';
export const OVERFLOW = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
export const UNDERFLOW = 'Number underflow. Attempting to store a number with magnitude smaller than supported range';

/** Inputs DynamoDB stores, with the canonical form it returns (PutItem, then GetItem). */
export const probedNumbers: readonly (readonly [string, string])[] = [
  ['007.500', '7.5'], ['1e3', '1000'], ['1E3', '1000'], ['1e+3', '1000'], ['1e-3', '0.001'], ['-0', '0'], ['-0.0', '0'], ['00', '0'],
  ['+1', '1'], ['.5', '0.5'], ['5.', '5'], ['-.5', '-0.5'], ['+.5', '0.5'], ['1.e2', '100'], ['1.5e2', '150'], ['0.000', '0'],
  ['1E-0', '1'], ['1.5E+00', '1.5'], ['00001.', '1'], ['1e0001', '10'], ['1e00000000000000000002', '100'], ['1e-00000000000000000002', '0.01'],
  ['١', '1'], ['١٠', '10'], ['1e١', '10'], ['１２', '12'], ['1.٥', '1.5'],
  ['0e200', '0'], ['0e-200', '0'], ['0e2147483647', '0'], ['0e-2147483647', '0'], ['0.00e-2147483645', '0'],
  ['1E+125', `1${'0'.repeat(125)}`], ['-1E-130', `-0.${'0'.repeat(129)}1`], ['1E-130', `0.${'0'.repeat(129)}1`],
  ['9.9999999999999999999999999999999999999E+125', `${'9'.repeat(38)}${'0'.repeat(88)}`],
  [`1${'0'.repeat(39)}`, `1${'0'.repeat(39)}`], [`${'1'.repeat(38)}0`, `${'1'.repeat(38)}0`], [`0.${'1'.repeat(38)}`, `0.${'1'.repeat(38)}`],
  ['12345678901234567890123456789012345678e88', `12345678901234567890123456789012345678${'0'.repeat(88)}`],
  [`${'0'.repeat(60)}1`, '1'],
];

/** Inputs DynamoDB rejects, with its message. */
export const probedNumberErrors: readonly (readonly [string, string])[] = [
  ['', NOT_A_NUMBER], [' 1', NOT_A_NUMBER], ['1 ', NOT_A_NUMBER], ['\t1', NOT_A_NUMBER], ['1\n', NOT_A_NUMBER], ['1e', NOT_A_NUMBER],
  ['1e+', NOT_A_NUMBER], ['1e-', NOT_A_NUMBER], ['0x10', NOT_A_NUMBER], ['Infinity', NOT_A_NUMBER], ['-Infinity', NOT_A_NUMBER], ['NaN', NOT_A_NUMBER],
  ['.e2', NOT_A_NUMBER], ['e2', NOT_A_NUMBER], ['-', NOT_A_NUMBER], ['+', NOT_A_NUMBER], ['--1', NOT_A_NUMBER], ['+-1', NOT_A_NUMBER],
  ['1e1.5', NOT_A_NUMBER], ['1_0', NOT_A_NUMBER], ['1.2.3', NOT_A_NUMBER], ['1ee2', NOT_A_NUMBER], ['1e--2', NOT_A_NUMBER], ['e', NOT_A_NUMBER],
  ['.', NOT_A_NUMBER], ['1d', NOT_A_NUMBER], ['1f', NOT_A_NUMBER], ['1L', NOT_A_NUMBER], ['𝟏𝟐', NOT_A_NUMBER],
  ['1e999999999999', NOT_A_NUMBER], ['0e999999999999', NOT_A_NUMBER], ['1e-999999999999', NOT_A_NUMBER], ['0e2147483648', NOT_A_NUMBER],
  ['0e-2147483648', NOT_A_NUMBER], ['1e-2147483648', NOT_A_NUMBER], ['0.1e-2147483647', NOT_A_NUMBER], ['1.0e-2147483647', NOT_A_NUMBER],
  ['100e-2147483648', NOT_A_NUMBER], ['1e١٠٠٠٠٠٠٠٠٠٠', NOT_A_NUMBER],
  ['1E+126', OVERFLOW], ['12345678901234567890123456789012345678e89', OVERFLOW], ['1e2147483647', OVERFLOW], ['1e2147483646', OVERFLOW],
  [`1${'0'.repeat(5000)}`, OVERFLOW],
  ['1E-131', UNDERFLOW], ['0.9E-130', UNDERFLOW], ['-1E-131', UNDERFLOW], ['1e-2147483647', UNDERFLOW], ['1.5e-2147483646', UNDERFLOW],
  [`0.${'0'.repeat(5000)}1`, UNDERFLOW],
  // DynamoDB's exponent arithmetic wraps around in 32 bits: this is an underflow there too.
  ['10e2147483647', UNDERFLOW], ['10.0e2147483647', UNDERFLOW],
  ['1'.repeat(39), PRECISION], [`0.${'1'.repeat(39)}`, PRECISION],
  ['1234567890123456789012345678901234567890E+100', PRECISION], ['12345678901234567890123456789012345678901E-200', PRECISION],
];
