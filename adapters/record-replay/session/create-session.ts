/** A session from the options: the cassette store, the normalizers, the redaction, the defaults. */
import { fileCassetteStore } from '../cassette/cassette-store.js';
import { DEFAULT_NORMALIZERS } from '../normalize/normalizer.js';
import { Tokenizer } from '../normalize/tokenizer.js';
import { Redactor } from '../redaction/redactor.js';
import { checkSettings, type RecordReplaySettings } from '../record-replay-options.js';
import { RecordReplaySession } from './record-replay-session.js';

export function createSession(settings: RecordReplaySettings, hasTarget: boolean): RecordReplaySession {
  checkSettings(settings, hasTarget);
  const cassette = settings.cassette;
  return new RecordReplaySession({
    mode: settings.mode,
    store: settings.mode === 'passthrough' || cassette === undefined ? undefined : typeof cassette === 'string' ? fileCassetteStore(cassette) : cassette,
    matching: settings.matching ?? 'ordered',
    tokenizer: new Tokenizer(settings.normalizers ?? DEFAULT_NORMALIZERS, DEFAULT_NORMALIZERS),
    redactor: new Redactor(settings.redact ?? [], settings.redactionKey),
    wrapNumbers: settings.wrapNumbers,
    save: settings.save ?? 'on-close',
  });
}
