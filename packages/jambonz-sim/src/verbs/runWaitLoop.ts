import { sleepOn } from '../clock/Clock';
import { StopController, type StopSignal } from '../events/StopSignal';
import type { VerbSession } from './VerbSession';

export interface WaitLoopOptions {
  hook: string;
  /** Silence before every hook: 500 ms for enqueue, 750 ms for conference. */
  silenceMs: number;
  allowed: readonly string[];
  buildData: () => Record<string, unknown>;
  /** Aborts when the caller is dequeued/admitted or the verb is killed. */
  stop: StopSignal;
  label: string;
}

/**
 * The enqueue/conference hold loop: silence, `verb:hook` to the waitHook, play what comes back,
 * repeat. A data-less ack, an empty array, a disallowed verb or an ack timeout stops the loop
 * silently (the caller keeps waiting in silence). Returns 'left' when the app replied with `leave`.
 */
export async function runWaitLoop(session: VerbSession, options: WaitLoopOptions): Promise<'left' | 'stopped'> {
  const { hook, stop } = options;
  while (!stop.aborted) {
    if (!(await sleepOn(session.clock, options.silenceMs, stop))) return 'stopped';
    let verbs;
    try {
      const json = await session.request('verb:hook', hook, options.buildData());
      verbs = session.convertVerbs(json, `waitHook ${hook}`);
      if (verbs.some((v) => !options.allowed.includes(v.name))) {
        throw new Error(`unsupported verb in ${options.label} waitHook: only ${JSON.stringify(options.allowed)}`);
      }
    } catch (error) {
      if (!stop.aborted) session.log({ kind: 'note', text: `${options.label} waitHook loop stopped: ${error instanceof Error ? error.message : String(error)}` });
      return 'stopped';
    }
    if (stop.aborted) return 'stopped';
    const leaveAt = verbs.findIndex((v) => v.name === 'leave');
    const toRun = leaveAt >= 0 ? verbs.slice(0, leaveAt) : verbs;
    await session.runSubsession(toRun.map((v) => session.createTask(v)), stop);
    if (leaveAt >= 0) return 'left';
    if (toRun.length === 0) {
      session.log({ kind: 'note', text: `${options.label} waitHook loop stopped: empty reply` });
      return 'stopped';
    }
  }
  return 'stopped';
}

/** A StopController that also stops when `parent` does. */
export function createChildController(parent: StopSignal): StopController {
  const controller = new StopController();
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  return controller;
}
