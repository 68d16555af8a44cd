import type { NormalizedVerb } from '../validation/VerbValidator';
import { ConferenceTask } from './ConferenceTask';
import { ConfigTask } from './ConfigTask';
import { DequeueTask } from './DequeueTask';
import { DialTask } from './DialTask';
import { EnqueueTask } from './EnqueueTask';
import { GatherTask } from './GatherTask';
import { ListenTask } from './ListenTask';
import { PauseTask } from './PauseTask';
import { PlayTask } from './PlayTask';
import { RedirectTask } from './RedirectTask';
import { SayTask } from './SayTask';
import { AnswerTask, HangupTask, LeaveTask, SipDeclineTask, TagTask, UnsimulatedTask } from './simpleTasks';
import type { VerbTask } from './VerbTask';

/** Verbs the simulator models. */
export type SimulatedVerbName =
  | 'say' | 'play' | 'pause' | 'gather' | 'dial' | 'enqueue' | 'dequeue' | 'leave' | 'conference'
  | 'listen' | 'config' | 'tag' | 'hangup' | 'redirect' | 'sip:decline' | 'answer';

type VerbFactory = (data: Record<string, unknown>) => VerbTask;

const verbRegistry = {
  say: (d) => new SayTask(d),
  play: (d) => new PlayTask(d),
  pause: (d) => new PauseTask(d),
  gather: (d) => new GatherTask(d),
  dial: (d) => new DialTask(d),
  enqueue: (d) => new EnqueueTask(d),
  dequeue: (d) => new DequeueTask(d),
  leave: (d) => new LeaveTask(d),
  conference: (d) => new ConferenceTask(d),
  listen: (d) => new ListenTask(d),
  config: (d) => new ConfigTask(d),
  tag: (d) => new TagTask(d),
  hangup: (d) => new HangupTask(d),
  redirect: (d) => new RedirectTask(d),
  'sip:decline': (d) => new SipDeclineTask(d),
  answer: (d) => new AnswerTask(d),
} satisfies Record<SimulatedVerbName, VerbFactory>;

/** Builds the task for a validated verb; verbs FS knows but we do not model become no-ops. */
export function createVerbTask(verb: NormalizedVerb): VerbTask {
  const factory = (verbRegistry as Record<string, VerbFactory>)[verb.name];
  return factory ? factory(verb.data) : new UnsimulatedTask(verb.name, verb.data);
}
