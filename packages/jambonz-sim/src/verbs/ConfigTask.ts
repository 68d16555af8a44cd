import { ListenStream, resolveListenUrl } from './ListenStream';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

const backgroundStreams = new WeakMap<VerbSession, ListenStream>();

/** `config`: notifyEvents turns on verb:status; listen/stream runs a background audio fork. */
export class ConfigTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('config', data);
  }

  override get precondition(): 'none' {
    return 'none';
  }

  async exec(session: VerbSession): Promise<void> {
    if (typeof this.data.notifyEvents === 'boolean') session.setNotifyEvents(this.data.notifyEvents);
    const listen = (this.data.listen ?? this.data.stream) as Record<string, unknown> | undefined;
    if (listen) this.configureBackgroundListen(session, listen);
    const others = Object.keys(this.data).filter((k) => !['id', 'notifyEvents', 'listen', 'stream'].includes(k));
    if (others.length > 0) session.log({ kind: 'note', text: `config ${others.join(', ')} accepted (not simulated)` });
  }

  private configureBackgroundListen(session: VerbSession, listen: Record<string, unknown>): void {
    backgroundStreams.get(session)?.stop();
    backgroundStreams.delete(session);
    if (listen.enable !== true || typeof listen.url !== 'string') return;
    const stream = new ListenStream(session, resolveListenUrl(session.appUrl, listen.url), {
      sampleRate: typeof listen.sampleRate === 'number' ? listen.sampleRate : 8000,
      mixType: typeof listen.mixType === 'string' ? listen.mixType : 'mono',
      metadata: { ...session.callInfo.toCamelCaseJSON(), ...(listen.metadata as Record<string, unknown> | undefined) },
    });
    backgroundStreams.set(session, stream);
    void stream.start();
  }
}
