import type { CallerLeftReason } from "@centrala/acd";
import type { EngineEvent } from "@centrala/engine";

/**
 * Why a caller left the queue step it waited in, from the event that took it out, as the
 * dispatcher counts it; null when the dispatcher already knows (it asked the caller out).
 */
export function readQueueExit(event: EngineEvent, askedToLeave: boolean): CallerLeftReason | null {
  if (event.type === "queueResult") {
    if (event.result === "bridged") return "answered";
    if (event.result === "leave") return askedToLeave ? null : "timedOut";
    return "abandoned";
  }
  if (event.type === "digits" && event.purpose === "leavekey") return "leftByKey";
  return "abandoned";
}
