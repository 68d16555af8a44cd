import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `pause`: silence for `length` seconds. */
export class PauseTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('pause', data);
  }

  async exec(session: VerbSession): Promise<void> {
    await this.sleep(session, Number(this.data.length) * 1000);
  }
}
