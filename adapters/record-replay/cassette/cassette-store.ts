/**
 * Where a cassette lives. A file by default: written whole, through a temporary file and a
 * rename, so that a crash never leaves half a cassette. A store in memory serves tests and
 * callers that keep cassettes elsewhere.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CassetteStore {
  /** Names the cassette in messages. */
  readonly description: string;
  /** The cassette's text, or undefined when there is none yet. */
  read(): string | undefined;
  write(text: string): Promise<void>;
  /** For the save at process exit, when nothing asynchronous runs any more. */
  writeSync(text: string): void;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export function fileCassetteStore(path: string): CassetteStore {
  const temporary = `${path}.${process.pid}.tmp`;
  return Object.freeze({
    description: path,
    read(): string | undefined {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async write(text: string): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, path);
    },
    writeSync(text: string): void {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temporary, text, 'utf8');
      renameSync(temporary, path);
    },
  });
}

export interface MemoryCassetteStore extends CassetteStore {
  /** The text last written (or given), undefined while there is none. */
  readonly text: string | undefined;
}

export function memoryCassetteStore(initial?: string, description = 'in-memory cassette'): MemoryCassetteStore {
  let text = initial;
  return {
    description,
    get text(): string | undefined {
      return text;
    },
    read: () => text,
    write(next: string): Promise<void> {
      text = next;
      return Promise.resolve();
    },
    writeSync(next: string): void {
      text = next;
    },
  };
}
