/**
 * The listeners of committed item changes. A listener that throws must not turn a committed write
 * into a failed call, nor stop the other listeners: its error is rethrown on a later microtask,
 * where it surfaces as an unhandled error instead of as the write's result.
 */
import type { ItemChange, ItemChangeListener } from '../item-change.js';

export class ChangeFeed {
  private listeners: readonly ItemChangeListener[] = [];

  get active(): boolean {
    return this.listeners.length > 0;
  }

  subscribe(listener: ItemChangeListener): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((candidate) => candidate !== listener);
    };
  }

  publish(change: ItemChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
