/**
 * DynamoDB's canonical text of a number (`007.500` → `7.5`, `1e3` → `1000`, `-0` → `0`), written
 * independently of the simulator's decimal module so that the comparison does not lean on the
 * code under test. ASCII syntax only, which is all the differential suite produces.
 */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/u;

export function canonicalNumberText(text: string): string | undefined {
  const match = NUMBER.exec(text);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  let digits = `${whole}${fraction}`.replace(/^0+/u, '');
  if (digits === '') return '0';
  // value = digits × 10^exponent
  let exponent = Number(exponentText) - fraction.length;
  const trailingZeros = digits.length - digits.replace(/0+$/u, '').length;
  digits = digits.slice(0, digits.length - trailingZeros);
  exponent += trailingZeros;
  let body: string;
  if (exponent >= 0) body = `${digits}${'0'.repeat(exponent)}`;
  else if (-exponent < digits.length) body = `${digits.slice(0, digits.length + exponent)}.${digits.slice(digits.length + exponent)}`;
  else body = `0.${'0'.repeat(-exponent - digits.length)}${digits}`;
  return sign === '-' ? `-${body}` : body;
}

/** The numbers (N and NS members) of a value tree that are not in canonical form. */
export function nonCanonicalNumbers(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const element of value) nonCanonicalNumbers(element, found);
    return found;
  }
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'N' && typeof inner === 'string') {
      if (canonicalNumberText(inner) !== inner) found.push(inner);
    } else if (key === 'NS' && Array.isArray(inner)) {
      for (const member of inner) if (typeof member === 'string' && canonicalNumberText(member) !== member) found.push(member);
    } else {
      nonCanonicalNumbers(inner, found);
    }
  }
  return found;
}
