/**
 * One property's subject: made by the factory with the suite's port control, checked to use it
 * when the property needs it, and disposed of afterwards, also when the property fails.
 */
import { createPortControl, type PortControl } from './port-control.js';
import type { StoreFactoryContext, SubjectBase } from './store-factory-context.js';

export async function withSubject<S extends SubjectBase>(factory: (context: StoreFactoryContext) => Promise<S>, needsControl: boolean, body: (subject: S, control: PortControl) => Promise<void>): Promise<void> {
  const control = createPortControl();
  const subject = await factory({ wrapPort: control.wrapPort });
  try {
    if (needsControl && !control.used()) {
      throw new Error('The factory built its store without context.wrapPort(port): build it over the wrapped port, or declare portControl: false (the race properties and ambiguous failures then become pending)');
    }
    await body(subject, control);
  } finally {
    await subject.dispose?.();
  }
}

/** Run prefixes `<id>-1`, `<id>-2`, ...: every run of a property gets ids of its own. */
export function runPrefixes(id: string): () => string {
  let runs = 0;
  return () => `${id}-${(runs += 1)}`;
}
