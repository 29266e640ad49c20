/**
 * The parsers' view of a token list: look-ahead, consumption and DynamoDB's syntax error. The
 * error names the first token that cannot continue a valid expression and quotes the source
 * from the token before it to the token after it.
 */
import type { SimulatorError } from '../simulator-error.js';
import { invalidExpression, type ExpressionKind } from './expression-error.js';
import type { Token } from './tokenize.js';

/** DynamoDB counts comparators, logical operators, functions and arithmetic alike. */
const MAX_OPERATORS = 300;

export class TokenCursor {
  private index = 0;
  private operators = 0;

  constructor(
    readonly source: string,
    private readonly tokens: readonly Token[],
    readonly kind: ExpressionKind,
  ) {}

  peek(offset = 0): Token {
    const tokens = this.tokens;
    return tokens[Math.min(this.index + offset, tokens.length - 1)] as Token;
  }

  next(): Token {
    const current = this.peek();
    if (current.kind !== 'eof') this.index++;
    return current;
  }

  isPunctuation(symbol: string, offset = 0): boolean {
    const current = this.peek(offset);
    return current.kind === 'punctuation' && current.upper === symbol;
  }

  isKeyword(keyword: string): boolean {
    const current = this.peek();
    return current.kind === 'keyword' && current.upper === keyword;
  }

  expectPunctuation(symbol: string): Token {
    if (!this.isPunctuation(symbol)) throw this.syntaxError();
    return this.next();
  }

  expectKeyword(keyword: string): Token {
    if (!this.isKeyword(keyword)) throw this.syntaxError();
    return this.next();
  }

  expectEnd(): void {
    if (this.peek().kind !== 'eof') throw this.syntaxError();
  }

  /** Called once per operator as it is consumed; DynamoDB stops counting at the first one too many. */
  countOperator(): void {
    this.operators++;
    if (this.operators > MAX_OPERATORS) throw this.error(`The expression contains too many operators; operator count: ${this.operators}`);
  }

  error(message: string): SimulatorError {
    return invalidExpression(this.kind, message);
  }

  /** The syntax error at the current token. */
  syntaxError(): SimulatorError {
    const tokens = this.tokens;
    const offending = this.peek();
    const previous = this.index > 0 ? tokens[this.index - 1] : undefined;
    const following = tokens[this.index + 1];
    const start = previous?.start ?? 0;
    const end = following !== undefined && following.kind !== 'eof' ? following.end : this.source.length;
    return this.error(`Syntax error; token: "${offending.text}", near: "${this.source.slice(start, end)}"`);
  }
}
