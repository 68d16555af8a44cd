import type { Prompt } from "@centrala/flow";
import type { StepContext } from "../step/stepContext";

/**
 * Puts the caller in a jambonz queue and tells the runtime to offer the call to the queue's agents
 * and to send the music on hold (a recorded hold prompt is the music when the queue has none).
 */
export function joinQueue(ctx: StepContext, nodeId: string, queue: string, maxWaitSeconds: number, holdPrompt?: Prompt): void {
  ctx.pushVerb({
    verb: "enqueue",
    name: queue,
    waitHook: ctx.formatHook(nodeId, "wait"),
    actionHook: ctx.formatHook(nodeId, "queue"),
  });
  ctx.emitEffect({ type: "queueJoined", nodeId, queue, maxWaitSeconds, ...(holdPrompt?.type === "library" && holdPrompt.promptId ? { holdPromptId: holdPrompt.promptId } : {}) });
}
