/**
 * The safety net of the `on-close` save mode: sessions with unsaved interactions are written
 * synchronously when the process exits (mocha ends with process.exit, so a forgotten close()
 * still leaves its cassette). One listener for all sessions.
 */
export interface ExitSavable {
  saveOnExit(): void;
}

const pending = new Set<ExitSavable>();
let listening = false;

function saveAll(): void {
  for (const session of pending) {
    try {
      session.saveOnExit();
    } catch {
      // Nothing can be reported at exit; the other cassettes still get their chance.
    }
  }
  pending.clear();
}

export function saveAtExit(session: ExitSavable): void {
  pending.add(session);
  if (!listening) {
    listening = true;
    process.once('exit', saveAll);
  }
}

export function forgetAtExit(session: ExitSavable): void {
  pending.delete(session);
}
