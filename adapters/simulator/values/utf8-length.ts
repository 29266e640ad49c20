import { Buffer } from 'node:buffer';

/** Length of a string in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  // Short strings (most names and keys) are cheaper to count in JS than to hand to native code.
  if (text.length > 32) return Buffer.byteLength(text, 'utf8');
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80) {
      if (unit < 0x800) bytes += 1;
      else if (unit >= 0xd800 && unit < 0xdc00 && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
        // A surrogate pair: 2 code units, 4 bytes.
        bytes += 2;
        index++;
      } else bytes += 2;
    }
  }
  return bytes;
}
