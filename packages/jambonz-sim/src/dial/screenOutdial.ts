import { computeSayMs } from '../verbs/SayTask';
import type { VerbSession } from '../verbs/VerbSession';
import type { VerbTask } from '../verbs/VerbTask';
import type { SimulatedOutdial } from './SimulatedOutdial';

/**
 * confirmHook: `dial:confirm` with the child's call info on the parent's socket. The returned
 * play/say/pause verbs take their time on the callee's side (the caller hears nothing), then the
 * scripted callee accepts or hangs up (`acceptsConfirm`). Other verbs are not simulated here.
 */
export async function screenOutdial(session: VerbSession, task: VerbTask, leg: SimulatedOutdial, hook: string): Promise<boolean> {
  let json: unknown;
  try {
    json = await session.request('dial:confirm', hook, leg.callInfo.toJSON());
  } catch {
    return false;
  }
  let verbs;
  try {
    verbs = session.convertVerbs(json ?? [], `dial:confirm ${hook}`);
  } catch {
    return false;
  }
  let ms = 0;
  for (const { name, data } of verbs) {
    if (name === 'say') ms += computeSayMs(String(data.text ?? ''), session.timing.sayMsPerChar, session.timing.sayMinMs);
    else if (name === 'play') ms += session.timing.resolveAudioDurationMs(String(data.url));
    else if (name === 'pause') ms += Number(data.length) * 1000;
    else if (name === 'hangup') return false;
    else session.log({ kind: 'note', text: `dial:confirm verb ${name} not simulated` });
  }
  session.log({ kind: 'note', text: `${leg.label} is screening the call (${ms} ms)` });
  const completed = await new Promise<boolean>((resolve) => {
    const timer = session.clock.setTimer(() => resolve(true), ms);
    task.signal.addEventListener('abort', () => {
      session.clock.clearTimer(timer);
      resolve(false);
    }, { once: true });
  });
  return completed && leg.behaviour.acceptsConfirm !== false;
}
