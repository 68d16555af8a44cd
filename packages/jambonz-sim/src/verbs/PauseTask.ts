import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `pause`: silence for `length` seconds. No precondition (FS pause.js keeps Task's None): a leading pause rings. */
export class PauseTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('pause', data);
  }

  override get precondition(): 'none' {
    return 'none';
  }

  async exec(session: VerbSession): Promise<void> {
    await this.sleep(session, Number(this.data.length) * 1000);
  }
}
