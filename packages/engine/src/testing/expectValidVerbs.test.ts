import { describe, expect, it } from "vitest";
import type { Verb } from "../verbs/verb";
import { expectValidVerbs, expectValidWaitAnswer } from "./expectValidVerbs";

// The checks every engine test relies on must themselves reject what jambonz rejects.
describe("expectValidVerbs", () => {
  it("accepts what jambonz accepts", () => {
    expect(() => expectValidVerbs([{ verb: "say", text: "hi", synthesizer: { vendor: "default", language: "en-US" } }, { verb: "hangup" }])).not.toThrow();
  });

  it("rejects a synthesizer without vendor, as the jambonz validator does", () => {
    const verbs = [{ verb: "say", text: "hi", synthesizer: { language: "en-US" } }] as unknown as Verb[];
    expect(() => expectValidVerbs(verbs)).toThrow(/vendor/);
  });

  it("rejects an unknown verb property", () => {
    const verbs = [{ verb: "play", url: "x", volume: 3 }] as unknown as Verb[];
    expect(() => expectValidVerbs(verbs)).toThrow(/unknown property volume/);
  });

  it("rejects a gather without minDigits and hooks that are not engine hooks", () => {
    expect(() => expectValidVerbs([{ verb: "gather", input: ["digits"], actionHook: "/n/a/gather", timeout: 5 }])).toThrow(/minDigits/);
    expect(() => expectValidVerbs([{ verb: "gather", input: ["digits"], actionHook: "/menu", timeout: 5, minDigits: 1 }])).toThrow(/engine hook/);
  });

  it("rejects more than ten dial targets", () => {
    const target = Array.from({ length: 11 }, (_unused, index) => ({ type: "user" as const, name: `${index}@x` }));
    expect(() => expectValidVerbs([{ verb: "dial", target, timeout: 20, answerOnBridge: true }])).toThrow(/11 targets/);
  });

  it("rejects empty waitHook answers and verbs jambonz does not allow there", () => {
    expect(() => expectValidWaitAnswer([])).toThrow(/empty/);
    expect(() => expectValidWaitAnswer([{ verb: "gather", input: ["digits"], actionHook: "/n/q/gather", timeout: 5, minDigits: 1 }])).toThrow(/not allowed/);
    expect(() => expectValidWaitAnswer([{ verb: "pause", length: 5 }])).not.toThrow();
  });
});
