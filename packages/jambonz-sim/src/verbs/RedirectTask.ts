import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `redirect`: session:redirect to a relative hook; the ack's verbs replace the application. */
export class RedirectTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('redirect', data);
  }

  override get precondition(): 'none' {
    return 'none';
  }

  async exec(session: VerbSession): Promise<void> {
    const hook = this.actionHook ?? '';
    if (/^(wss?|https?):\/\//.test(hook)) {
      session.log({ kind: 'note', text: `redirect to absolute URL ${hook} (handover to a new socket/HTTP) is not simulated` });
      return;
    }
    await session.performAction(this, hook, {});
  }
}
