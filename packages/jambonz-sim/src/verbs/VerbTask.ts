import { sleepOn } from '../clock/Clock';
import { StopController, type StopSignal } from '../events/StopSignal';
import { convertHookToString, type HookSpec } from '../protocol/messages';
import type { VerbSession } from './VerbSession';

/** Why a task was stopped early (FS KillReason). */
export type KillReason = 'replaced' | 'hangup' | 'killed';

/** Base of every simulated verb: data, id, kill signal and the helpers verbs share. */
export abstract class VerbTask {
  readonly id: string | undefined;
  killReason: KillReason | undefined;
  private readonly controller = new StopController();

  constructor(
    readonly name: string,
    readonly data: Record<string, unknown>,
  ) {
    this.id = typeof data.id === 'string' ? data.id : undefined;
  }

  /** FS preconditions: 'endpoint' answers the call first; 'stable-call' needs it answered already. */
  get precondition(): 'none' | 'endpoint' | 'stable-call' | 'unanswered-call' {
    return 'endpoint';
  }

  get signal(): StopSignal {
    return this.controller.signal;
  }

  get killed(): boolean {
    return this.controller.signal.aborted;
  }

  /** The verb's actionHook as the string jambonz puts in `hook`. */
  get actionHook(): string | undefined {
    return this.hookOf('actionHook');
  }

  hookOf(key: string): string | undefined {
    const hook = this.data[key] as HookSpec | undefined;
    return hook === undefined ? undefined : convertHookToString(hook);
  }

  abstract exec(session: VerbSession): Promise<void>;

  kill(reason: KillReason = 'killed'): void {
    if (this.killed) return;
    this.killReason = reason;
    this.controller.abort(reason);
  }

  /** Sleeps `ms` of clock time; resolves false early if the task is killed. */
  protected sleep(session: VerbSession, ms: number): Promise<boolean> {
    return sleepOn(session.clock, ms, this.signal);
  }

  /** Resolves when the task is killed. */
  protected untilKilled(): Promise<void> {
    return new Promise((resolve) => {
      if (this.killed) return resolve();
      this.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
}
