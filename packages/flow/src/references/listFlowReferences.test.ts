import { describe, expect, it } from "vitest";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { listFlowReferences } from "./listFlowReferences";

describe("listFlowReferences", () => {
  it("lists the queues, extensions, flows, mailboxes and library prompts a flow uses", () => {
    const flow = buildFlow([
      sketchNode("s", "start", {}),
      sketchNode("hello", "play", { prompt: { type: "library", promptId: "p-hello" } }),
      sketchNode("wait", "queue", { queueId: "q1", holdPrompt: { type: "library", promptId: "p-hold" } }),
      sketchNode("team", "ringGroup", { extensions: ["101", "102"] }),
      sketchNode("pass", "transfer", { target: { type: "queue", queueId: "q2" } }),
      sketchNode("desk", "transfer", { target: { type: "extension", extension: "103" } }),
      sketchNode("other", "gotoFlow", { flowId: "f9" }),
      sketchNode("vm", "voicemail", { mailbox: "101" }),
      sketchNode("broken", "ringGroup", { extensions: "not a list" } as never),
    ], []);
    const references = listFlowReferences(flow);
    expect(references).toEqual({
      queueIds: ["q1", "q2"], extensions: ["101", "102", "103"], flowIds: ["f9"], mailboxes: ["101"], promptIds: ["p-hello", "p-hold"],
    });
  });
});
