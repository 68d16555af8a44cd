import type { StartEvent } from "../events/engineEvent";
import type { CallState } from "./callState";

/** Builds the state of a call that has not entered the flow yet; `step` with the start event runs it. */
export function initialState(start: StartEvent): CallState {
  const state: CallState = {
    version: 1,
    status: "new",
    call: { callSid: start.call.callSid, from: start.call.from, to: start.call.to },
    env: start.env,
    flowHops: 0,
    startedAt: start.at,
    vars: {},
    node: null,
    seq: 0,
  };
  if (start.flowId !== undefined) state.flowId = start.flowId;
  return state;
}
