import { answerQueueWait } from "../queue/answerQueueWait";
import { initialHoldLocal, type HoldLocal } from "../queue/holdSettings";
import { joinQueue } from "../queue/joinQueue";
import { readHoldMusic } from "../queue/readHoldMusic";
import type { StepContext } from "../step/stepContext";
import { defineNodeHandler } from "./nodeHandler";

/**
 * Holds the caller in a queue until an agent answers (`answered`), the wait runs out
 * (`overflow`, the engine answers a hold turn with `leave`) or the caller presses the leave key
 * (`left`).
 *
 * The leave key: jambonz cannot collect digits inside an enqueue waitHook (only
 * play/say/pause/leave/tag are allowed there). So the node arms a background digit collector
 * (`config.bargeIn`, sticky, one digit, hook `/n/<id>/leavekey`) before `enqueue`. The answer to
 * that hook is the `left` path itself: a non-empty ack replaces the application, which ends the
 * enqueue. Other keys get an empty ack (keep waiting). Not yet tried against a real jambonz.
 */
export const queue = defineNodeHandler<"queue", HoldLocal>({
  enter(node, nodeId, ctx) {
    if (node.config.leaveKey !== undefined) {
      ctx.pushVerb({
        verb: "config",
        bargeIn: { enable: true, sticky: true, input: ["digits"], numDigits: 1, actionHook: ctx.formatHook(nodeId, "leavekey") },
      });
    }
    joinQueue(ctx, nodeId, node.config.queue, node.config.maxWaitSeconds, node.config.holdPrompt);
    return { type: "wait", local: initialHoldLocal };
  },
  resume(node, nodeId, local, event, ctx) {
    if (event.type === "holdMusic") return { type: "wait", local: readHoldMusic(local, event) };
    if (event.type === "queueWait") {
      const answer = answerQueueWait(node.config, local, event, ctx);
      for (const verb of answer.verbs) ctx.pushVerb(verb);
      return { type: "wait", local: answer.local };
    }
    if (event.type === "digits" && event.purpose === "leavekey") {
      ctx.emitTrace({ name: "keyPressed", nodeId, digits: event.digits });
      if (node.config.leaveKey === undefined || !event.digits.includes(node.config.leaveKey)) return { type: "ignore" };
      disarmLeaveKey(ctx);
      return { type: "next", port: "left" };
    }
    if (event.type !== "queueResult") return { type: "ignore" };
    if (node.config.leaveKey !== undefined) disarmLeaveKey(ctx);
    // `hangup` is also jambonz's initial result, so an enqueue that ended some other way reports
    // it too; the hangup verb makes sure such a caller is not left in silence.
    if (event.result === "hangup") return { type: "end", outcome: "abandoned" };
    if (event.result === "bridged") {
      ctx.reached = "transferred";
      return { type: "next", port: "answered" };
    }
    return { type: "next", port: "overflow" };
  },
});

function disarmLeaveKey(ctx: StepContext): void {
  ctx.pushVerb({ verb: "config", bargeIn: { enable: false } });
}
