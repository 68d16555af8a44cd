import type { Effect } from "../effects/effect";
import type { CallState } from "../state/callState";
import type { Verb } from "../verbs/verb";

/** What one step produced: the next state, verbs for jambonz (in order), requests for the runtime. */
export type StepResult = { state: CallState; verbs: Verb[]; effects: Effect[] };
