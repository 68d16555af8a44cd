import type { AcdEventType } from "../events/acdEvent";
import { handleAgentAvailable, handleAgentAway, handleAgentCallEnded, handleAgentCallStarted, handleAgentLoggedIn, handleAgentLoggedOut, handleWrapUpEnded } from "./handleAgentEvents";
import { handleCallerJoined, handleCallerLeft } from "./handleCallerEvents";
import type { EventHandler } from "./handlerTypes";
import { handleOfferAnswered, handleOfferFailed } from "./handleOfferEvents";
import { handleCountersReset, handleQueueConfigured, handleQueueRemoved } from "./handleQueueEvents";

/** One handler per event type: a new event type without a handler is a type error. */
export const eventHandlers = {
  queueConfigured: handleQueueConfigured,
  queueRemoved: handleQueueRemoved,
  agentLoggedIn: handleAgentLoggedIn,
  agentLoggedOut: handleAgentLoggedOut,
  agentAvailable: handleAgentAvailable,
  agentAway: handleAgentAway,
  agentCallStarted: handleAgentCallStarted,
  agentCallEnded: handleAgentCallEnded,
  wrapUpEnded: handleWrapUpEnded,
  callerJoined: handleCallerJoined,
  callerLeft: handleCallerLeft,
  offerAnswered: handleOfferAnswered,
  offerFailed: handleOfferFailed,
  tick: () => undefined,
  countersReset: handleCountersReset,
} satisfies { [T in AcdEventType]: EventHandler<T> };
