/** Where new identifiers come from (event ids, commit ids), injected so runs can be repeated. */
export interface IdGenerator {
  /** A new identifier, unique with overwhelming probability. */
  newId(): string;
}
