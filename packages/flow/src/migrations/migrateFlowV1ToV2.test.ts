import { describe, expect, it } from "vitest";
import { parseFlowDocument } from "../parseFlowDocument";
import { compileFlow } from "../compile/compileFlow";
import { resolveQueueNames } from "../references/resolveQueueNames";

const position = { x: 0, y: 0 };
const v1 = {
  version: 1,
  nodes: [
    { id: "start", kind: "start", position, data: {} },
    { id: "wait", kind: "queue", position, data: { queue: "Support" } },
    { id: "pass", kind: "transfer", position, data: { target: { type: "queue", queue: "sales " } } },
    { id: "ring", kind: "transfer", position, data: { target: { type: "extension", extension: "101" } } },
    { id: "bye", kind: "hangup", position, data: {} },
  ],
  edges: [
    { id: "e1", source: "start", sourcePort: "next", target: "wait" },
    { id: "e2", source: "wait", sourcePort: "answered", target: "bye" },
    { id: "e3", source: "wait", sourcePort: "overflow", target: "pass" },
    { id: "e4", source: "pass", sourcePort: "failed", target: "ring" },
    { id: "e5", source: "ring", sourcePort: "failed", target: "bye" },
  ],
};
const queues = [{ id: "ckqsupport", label: "Support" }, { id: "ckqsales", label: "Sales" }];

describe("migrateFlowV1ToV2: queues by id", () => {
  it("keeps a format-1 queue name unlinked until the tenant's queues resolve it", () => {
    const parsed = parseFlowDocument(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.version).toBe(3);
    expect(parsed.document.nodes[1]?.data).toEqual({ queueId: "", queueName: "Support" });
    expect(parsed.document.nodes[2]?.data).toEqual({ target: { type: "queue", queueId: "", queueName: "sales " } });
    expect(parsed.document.nodes[3]?.data).toEqual({ target: { type: "extension", extension: "101" } });
    const unlinked = compileFlow(parsed.document, { queues });
    expect(unlinked.ok ? [] : unlinked.problems.map((problem) => [problem.code, problem.nodeId])).toEqual([["FLOW040", "wait"], ["FLOW040", "pass"]]);
  });

  it("links names exactly or ignoring case and spaces, and compiles to the queues' ids", () => {
    const parsed = parseFlowDocument(v1);
    if (!parsed.ok) throw new Error("parse failed");
    const resolved = resolveQueueNames(parsed.document, queues);
    expect(resolved.nodes[1]?.data).toEqual({ queueId: "ckqsupport" });
    expect(resolved.nodes[2]?.data).toEqual({ target: { type: "queue", queueId: "ckqsales" } });
    const compiled = compileFlow(resolved, { queues });
    expect(compiled.ok && compiled.ir.nodes.wait?.config).toMatchObject({ queue: "ckqsupport", queueId: "ckqsupport" });
    expect(compiled.ok && compiled.ir.nodes.pass?.config).toMatchObject({ target: { type: "queue", queue: "ckqsales", queueId: "ckqsales" } });
  });

  it("leaves a name no queue has, and returns the very same document when there is nothing to link", () => {
    const parsed = parseFlowDocument(v1);
    if (!parsed.ok) throw new Error("parse failed");
    const partly = resolveQueueNames(parsed.document, [{ id: "ckqsupport", label: "Support" }]);
    expect(partly.nodes[2]?.data).toEqual({ target: { type: "queue", queueId: "", queueName: "sales " } });
    const linked = resolveQueueNames(parsed.document, queues);
    expect(resolveQueueNames(linked, queues)).toBe(linked);
    // A queue renamed later changes nothing: the flow holds the id.
    expect(compileFlow(linked, { queues: [{ id: "ckqsupport", label: "Helpdesk" }, { id: "ckqsales", label: "Sprzedaż" }] }).ok).toBe(true);
  });
});
