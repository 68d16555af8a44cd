import type { FlowIR } from "@centrala/flow";
import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { recording, say } from "../testing/testPrompts";

describe("start and play", () => {
  it("plays a library prompt from the prompt base URL, repeated with loop, then hangs up", () => {
    const ir = compileTestFlow(
      [sketchNode("start", "start", {}), sketchNode("welcome", "play", { prompt: recording("welcome-2026"), repeat: 3 })],
      [["start", "next", "welcome"]],
    );
    const call = new ScriptedCall(ir);
    expect(call.start().verbs).toEqual([
      { verb: "play", url: "https://prompts.centrala.test/t1/welcome-2026/pl-PL.wav", loop: 3 },
      { verb: "hangup" },
    ]);
    expect(call.path).toEqual(["start", "welcome"]);
    expect(call.outcome).toBe("completed");
  });

  it("fills {{var}} placeholders in text-to-speech with built-in variables", () => {
    const ir = compileTestFlow(
      [sketchNode("start", "start", {}), sketchNode("hello", "play", { prompt: say("Dzwonisz z {{caller}} o {{hour}}:{{minute}} ({{weekday}}).", "en-GB") })],
      [["start", "next", "hello"]],
    );
    const call = new ScriptedCall(ir, { from: "+48500600700" });
    expect(call.start().verbs[0]).toEqual({
      verb: "say", text: "Dzwonisz z +48500600700 o 10:0 (tue).", synthesizer: { vendor: "default", language: "en-GB" },
    });
  });

  it("uses the tenant's TTS vendor and the prompt's voice when given", () => {
    const ir = compileTestFlow(
      [sketchNode("start", "start", {}), sketchNode("hello", "play", { prompt: { type: "tts", text: "Hi", language: "en-US", voice: "en-US-Wavenet-D" } })],
      [["start", "next", "hello"]],
    );
    const call = new ScriptedCall(ir, { env: { ttsVendor: "google" } });
    expect(call.start().verbs[0]).toEqual({ verb: "say", text: "Hi", synthesizer: { vendor: "google", language: "en-US", voice: "en-US-Wavenet-D" } });
  });

  it("hangs up right away when the start node is not connected", () => {
    // Validation refuses this flow; the engine must still end the call if such IR reaches it.
    const ir: FlowIR = { version: 1, start: "start", nodes: { start: { kind: "start", config: {}, next: {} } } };
    expect(new ScriptedCall(ir).start().verbs).toEqual([{ verb: "hangup" }]);
  });
});
