import type { FlowDocument } from "@centrala/flow";

/** A small flow for the editor's unit tests: start -> menu (keys 1, 2) -> two messages. */
export function createTestDocument(): FlowDocument {
  const say = (text: string) => ({ type: "tts", text, language: "en-US" });
  return {
    version: 3,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "menu", kind: "menu", position: { x: 0, y: 150 }, label: "Main menu", data: { prompt: say("Press 1 or 2"), keys: ["1", "2"] } },
      { id: "sales", kind: "play", position: { x: -150, y: 300 }, label: "Sales", data: { prompt: say("Sales") } },
      { id: "support", kind: "play", position: { x: 150, y: 300 }, label: "Support", data: { prompt: say("Support") } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "menu" },
      { id: "e2", source: "menu", sourcePort: "key:1", target: "sales" },
      { id: "e3", source: "menu", sourcePort: "key:2", target: "support" },
    ],
  };
}
