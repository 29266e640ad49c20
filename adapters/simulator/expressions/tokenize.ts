/**
 * The lexer shared by every expression kind. DynamoDB's lexer is permissive: a character it does
 * not know becomes a token of its own, so the parser (not the lexer) reports it, with the same
 * `token` / `near` context as any other syntax error.
 */
export type TokenKind =
  | 'identifier'
  | 'keyword'
  | 'name-placeholder'
  | 'value-placeholder'
  | 'number'
  | 'punctuation'
  | 'invalid'
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The text as written (keywords keep their case; `upper` is the normalised form). */
  readonly text: string;
  /** For keywords: the upper-case keyword. For punctuation: the symbol. Otherwise the text. */
  readonly upper: string;
  readonly start: number;
  readonly end: number;
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN', 'SET', 'REMOVE', 'ADD', 'DELETE']);
const TWO_CHARACTER_SYMBOLS = new Set(['<>', '<=', '>=']);
const ONE_CHARACTER_SYMBOLS = new Set(['(', ')', '[', ']', ',', '.', '=', '<', '>', '+', '-']);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCharacter(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 95;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function token(kind: TokenKind, source: string, start: number, end: number, upper?: string): Token {
  const text = source.slice(start, end);
  return { kind, text, upper: upper ?? text, start, end };
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const length = source.length;
  while (position < length) {
    const code = source.charCodeAt(position);
    if (isWhitespace(code)) {
      position++;
      continue;
    }
    const start = position;
    if (isLetter(code)) {
      while (position < length && isWordCharacter(source.charCodeAt(position))) position++;
      const upper = source.slice(start, position).toUpperCase();
      tokens.push(token(KEYWORDS.has(upper) ? 'keyword' : 'identifier', source, start, position, upper));
      continue;
    }
    if (code === 35 || code === 58) {
      // `#name` and `:value`: the sigil alone is not a token DynamoDB knows.
      position++;
      while (position < length && isWordCharacter(source.charCodeAt(position))) position++;
      const kind: TokenKind = position === start + 1 ? 'invalid' : code === 35 ? 'name-placeholder' : 'value-placeholder';
      tokens.push(token(kind, source, start, position));
      continue;
    }
    if (isDigit(code)) {
      // List indexes: `0`, or digits without a leading zero (`01` is two tokens, as in DynamoDB).
      position++;
      if (code !== 48) while (position < length && isDigit(source.charCodeAt(position))) position++;
      tokens.push(token('number', source, start, position));
      continue;
    }
    const pair = source.slice(position, position + 2);
    if (TWO_CHARACTER_SYMBOLS.has(pair)) {
      position += 2;
      tokens.push(token('punctuation', source, start, position));
      continue;
    }
    const single = source[position] as string;
    position += code >= 0xd800 && code <= 0xdbff && position + 1 < length ? 2 : 1;
    tokens.push(token(ONE_CHARACTER_SYMBOLS.has(single) ? 'punctuation' : 'invalid', source, start, position));
  }
  tokens.push({ kind: 'eof', text: '<EOF>', upper: '<EOF>', start: length, end: length });
  return tokens;
}
