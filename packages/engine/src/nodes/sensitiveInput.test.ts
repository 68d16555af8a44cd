import { describe, expect, it } from "vitest";
import type { HttpEffect } from "../effects/effect";
import { stripSecrets } from "../state/stripSecrets";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

const card = "4111111111111111";

/** Card number -> check it (condition) -> tell it back (prompt) -> send it (http) -> done. */
function buildPaymentFlow(opts: { sensitive?: boolean; url?: string; variable?: string; maxDigits?: number } = {}) {
  const variable = opts.variable ?? "card";
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("ask", "collect", {
        prompt: say("Podaj numer karty."), variable, minDigits: 4, maxDigits: opts.maxDigits ?? 19, finishOnKey: "#", maxAttempts: 2,
        ...(opts.sensitive === undefined ? {} : { sensitive: opts.sensitive }),
      }),
      sketchNode("check", "condition", { rules: [{ id: "visa", tests: [{ left: { var: variable }, op: "startsWith", right: { value: "4" } }] }] }),
      sketchNode("tell", "play", { prompt: say(`Karta {{${variable}}}.`) }),
      sketchNode("copy", "setVariable", { assignments: [{ variable: "copy", value: `x{{${variable}}}` }] }),
      sketchNode("pay", "http", { url: opts.url ?? "https://pay.example.com/charge", method: "POST", body: `{"card": "{{${variable}}}", "copy": "{{copy}}"}` }),
      sketchNode("other", "hangup", { prompt: say("Tylko Visa.") }),
      sketchNode("done", "hangup", { prompt: say("Dziękujemy.") }),
    ],
    [
      ["start", "next", "ask"], ["ask", "next", "check"], ["ask", "failed", "done"], ["check", "rule:visa", "tell"], ["check", "else", "other"],
      ["tell", "next", "copy"], ["copy", "next", "pay"], ["pay", "success", "done"], ["pay", "error", "done"],
    ],
  );
}

const traceText = (call: ScriptedCall) => JSON.stringify(call.effects.filter((e) => e.type === "trace"));
const httpEffect = (call: ScriptedCall) => call.effects.find((e): e is HttpEffect => e.type === "http");

describe("sensitive input", () => {
  it("keeps a sensitive entry out of the trace, the prompts, other variables and the stored state; a condition and an https request get it", () => {
    const call = new ScriptedCall(buildPaymentFlow({ sensitive: true }));
    call.start();
    const { verbs } = call.press(card);
    expect(call.path).toEqual(["start", "ask", "check", "tell", "copy", "pay"]);
    expect(verbs[0]).toMatchObject({ verb: "say", text: "Karta ••••1111." });
    expect(call.traces("keyPressed")).toEqual([{ name: "keyPressed", nodeId: "ask", digits: "••••1111" }]);
    expect(traceText(call)).not.toContain(card);
    expect(JSON.stringify(call.results.map((r) => r.verbs))).not.toContain(card);
    expect(call.state.vars).toEqual({ copy: "x••••1111" });
    expect(call.state.secrets).toEqual({ card });
    expect(call.state.secretFrom).toEqual({ card: { nodeId: "ask" } });
    expect(JSON.stringify(stripSecrets(call.state))).not.toContain(card);
    expect(httpEffect(call)?.body).toEqual({ card, copy: "x••••1111" });
  });

  it("sends a sensitive value masked to a plain http:// address", () => {
    const call = new ScriptedCall(buildPaymentFlow({ sensitive: true, url: "http://pay.example.com/charge" }));
    call.start();
    call.press(card);
    expect(httpEffect(call)?.body).toEqual({ card: "••••1111", copy: "x••••1111" });
  });

  it("masks a short entry (a PIN) completely, and counts every attempt as sensitive", () => {
    const call = new ScriptedCall(buildPaymentFlow({ sensitive: true, variable: "pin", maxDigits: 6 }));
    call.start();
    call.press("12");
    call.press("4321");
    expect(call.traces("keyPressed").map((t) => t.digits)).toEqual(["••••", "••••"]);
    expect(call.lastVerbs[0]).toMatchObject({ text: "Karta ••••." });
  });

  it("treats a card number as sensitive even in a step switched to not sensitive", () => {
    const call = new ScriptedCall(buildPaymentFlow({ sensitive: false, variable: "order" }));
    call.start();
    call.press(card);
    expect(traceText(call)).not.toContain(card);
    expect(call.state.secrets).toEqual({ order: card });
  });

  it("keeps an ordinary entry of a step that is not sensitive as a plain variable", () => {
    const call = new ScriptedCall(buildPaymentFlow({ sensitive: false, variable: "order", maxDigits: 10 }));
    call.start();
    call.press("4000123456");
    expect(call.traces("keyPressed")).toEqual([{ name: "keyPressed", nodeId: "ask", digits: "4000123456" }]);
    expect(call.state.vars.order).toBe("4000123456");
    expect(call.state.secrets).toBeUndefined();
  });

  it("asks again when a step needs a value lost by a move to another instance, then carries on", () => {
    const ir = compileTestFlow(
      [
        sketchNode("start", "start", {}),
        sketchNode("ask", "collect", { prompt: say("PIN?"), variable: "pin", minDigits: 4, maxDigits: 4, sensitive: true }),
        sketchNode("confirm", "menu", { prompt: say("Naciśnij 1."), keys: ["1"] }),
        sketchNode("check", "condition", { rules: [{ id: "ok", tests: [{ left: { var: "pin" }, op: "eq", right: { value: "2468" } }] }] }),
        sketchNode("yes", "hangup", { prompt: say("Dobry PIN.") }),
        sketchNode("no", "hangup", { prompt: say("Zły PIN.") }),
      ],
      [["start", "next", "ask"], ["ask", "next", "confirm"], ["confirm", "key:1", "check"], ["confirm", "noInput", "no"], ["confirm", "invalid", "no"], ["check", "rule:ok", "yes"], ["check", "else", "no"]],
    );
    const call = new ScriptedCall(ir);
    call.start();
    call.press("2468");
    expect(call.nodeId).toBe("confirm");
    call.moveToAnotherInstance();
    expect(call.state.secretFrom).toEqual({ pin: { nodeId: "ask" } });
    const again = call.press("1");
    expect(again.verbs.map((v) => v.verb)).toEqual(["say", "gather"]);
    expect(again.verbs[0]).toMatchObject({ text: "Przepraszamy, prosimy wprowadzić to jeszcze raz." });
    expect(call.nodeId).toBe("ask");
    expect(call.traces("secretLost")).toEqual([{ name: "secretLost", nodeId: "check", variable: "pin" }]);
    call.press("2468");
    call.press("1");
    expect(call.lastVerbs[0]).toMatchObject({ text: "Dobry PIN." });
  });

  it("lets a later assignment turn a sensitive variable into an ordinary one", () => {
    const ir = compileTestFlow(
      [
        sketchNode("start", "start", {}),
        sketchNode("ask", "collect", { prompt: say("PIN?"), variable: "pin", minDigits: 4, maxDigits: 4, sensitive: true }),
        sketchNode("reset", "setVariable", { assignments: [{ variable: "pin", value: "none" }] }),
        sketchNode("tell", "hangup", { prompt: say("PIN {{pin}}.") }),
      ],
      [["start", "next", "ask"], ["ask", "next", "reset"], ["reset", "next", "tell"]],
    );
    const call = new ScriptedCall(ir);
    call.start();
    call.press("2468");
    expect(call.lastVerbs[0]).toMatchObject({ text: "PIN none." });
    expect(call.state.secrets).toEqual({});
    expect(call.state.secretFrom).toEqual({});
    expect(call.state.vars.pin).toBe("none");
  });
});
