import { describe, expect, it } from "vitest";
import { buildFlow, sketchNode as node } from "../testing/buildFlow";
import { listCodes } from "../testing/checkNode";
import { hasBlockingProblems } from "./problem";
import { validateFlow } from "./validateFlow";

const say = (text: string) => ({ type: "tts", text, language: "pl-PL" }) as const;
const start = node("s", "start", {});
const bye = node("bye", "hangup", {});
const isVip = node("c", "condition", { rules: [{ id: "r", tests: [{ left: { var: "caller" }, op: "eq", right: { value: "+48600100200" } }] }] });

describe("validateFlow", () => {
  it("accepts a loop that passes a step waiting for the caller", () => {
    const menu = node("m", "menu", { prompt: say("1?"), keys: ["1"] });
    const doc = buildFlow([start, menu, isVip, bye], [["s", "next", "m"], ["m", "key:1", "c"], ["m", "noInput", "bye"], ["c", "rule:r", "m"], ["c", "else", "m"]]);
    expect(validateFlow(doc)).toEqual([]);
  });

  it("rejects a loop of instant steps, even a step pointing at itself", () => {
    const doc = buildFlow([start, isVip, bye], [["s", "next", "c"], ["c", "rule:r", "c"], ["c", "else", "bye"]]);
    expect(validateFlow(doc)).toMatchObject([{ code: "FLOW028", nodeId: "c" }]);
  });

  it("counts an HTTP request as instant, so a retry loop without a pause is an error", () => {
    const http = node("h", "http", { url: "https://api.example.com/ping" });
    const doc = buildFlow([start, http, bye], [["s", "next", "h"], ["h", "success", "bye"], ["h", "error", "h"]]);
    expect(listCodes(validateFlow(doc))).toEqual(["FLOW028"]);
  });

  it("knows a variable is set when any path from the start sets it", () => {
    const ask = node("ask", "collect", { prompt: say("PIN?"), variable: "pin", maxDigits: 4 });
    const use = node("use", "play", { prompt: say("Twój PIN to {{pin}}") });
    const doc = buildFlow([start, isVip, ask, use, bye], [
      ["s", "next", "c"], ["c", "rule:r", "ask"], ["c", "else", "use"], ["ask", "next", "use"], ["ask", "failed", "bye"], ["use", "next", "bye"],
    ]);
    expect(validateFlow(doc)).toEqual([]);
  });

  it("does not count a variable set only on the failure exit", () => {
    const ask = node("ask", "collect", { prompt: say("PIN?"), variable: "pin", maxDigits: 4 });
    const use = node("use", "play", { prompt: say("Twój PIN to {{pin}}") });
    const doc = buildFlow([start, ask, use, bye], [["s", "next", "ask"], ["ask", "failed", "use"], ["ask", "next", "bye"], ["use", "next", "bye"]]);
    expect(validateFlow(doc)).toMatchObject([{ code: "FLOW038", nodeId: "use", severity: "warning" }]);
  });

  it("reports each problem once and only errors block publishing", () => {
    const lost = node("lost", "play", { prompt: say("?") });
    const warnings = validateFlow(buildFlow([start, bye, lost], [["s", "next", "bye"], ["lost", "next", "bye"]]));
    expect(listCodes(warnings)).toEqual(["FLOW027"]);
    expect(hasBlockingProblems(warnings)).toBe(false);
    expect(hasBlockingProblems(validateFlow(buildFlow([bye], [])))).toBe(true);
  });

  it("skips exit checks for a node whose settings do not parse, reporting only the settings", () => {
    const broken = node("m", "menu", { prompt: say("?"), keys: "1" as never });
    const doc = buildFlow([start, broken], [["s", "next", "m"], ["m", "key:1", "s"]]);
    expect(listCodes(validateFlow(doc))).toEqual(["FLOW013"]);
  });
});
