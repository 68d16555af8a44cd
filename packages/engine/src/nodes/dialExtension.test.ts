import { describe, expect, it } from "vitest";
import type { StepResult } from "../step/stepResult";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

const pl = { vendor: "default", language: "pl-PL" };
const noSuchExtension = { verb: "say", text: "Nie ma takiego numeru wewnętrznego.", synthesizer: pl };

function compileDialFlow(options: { keys?: ("1" | "2" | "#")[]; maxInvalidAttempts?: number } = {}) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("main", "menu", {
        prompt: say("Sprzedaż 1. Jeśli znasz numer wewnętrzny, wybierz go teraz."),
        keys: options.keys ?? ["1"], timeoutSeconds: 5, maxAttempts: 3, dialExtension: true,
        ...(options.maxInvalidAttempts ? { maxInvalidAttempts: options.maxInvalidAttempts } : {}),
        invalidPrompt: say("Nie ma takiej opcji."),
      }),
      sketchNode("sales", "play", { prompt: say("Sprzedaż.") }),
      sketchNode("ring", "transfer", { target: { type: "dialledExtension" }, ringSeconds: 20 }),
      sketchNode("operator", "hangup", { prompt: say("Nikt nie odbiera.") }),
      sketchNode("wrong", "hangup", { prompt: say("Błędny wybór.") }),
    ],
    [
      ["start", "next", "main"], ["main", "key:1", "sales"], ["main", "extension", "ring"], ["main", "noInput", "operator"],
      ["main", "invalid", "wrong"], ["ring", "failed", "operator"],
      ...(options.keys?.includes("#") ? [["main", "key:#", "sales"] as const] : []),
    ],
  );
}
const dialFlow = compileDialFlow();

/** Presses `digits` in the menu and answers the runtime's lookup. */
function dial(call: ScriptedCall, digits: string, found: Record<string, unknown> | false): StepResult {
  const pressed = call.press(digits);
  expect(pressed.verbs).toEqual([]);
  expect(pressed.effects).toContainEqual({ type: "lookupExtension", nodeId: "main", extension: digits });
  return call.send({ type: "extensionLoaded", extension: digits, ...(found ? { found: true, ...found } : { found: false }) });
}

describe("menu with dial by extension", () => {
  it("gathers up to six digits, ends typing after a two-second pause or #, with the prompt nested", () => {
    const call = new ScriptedCall(dialFlow);
    expect(call.start().verbs).toEqual([{
      verb: "gather", input: ["digits"], minDigits: 1, maxDigits: 6, interDigitTimeout: 2, finishOnKey: "#", timeout: 5, actionHook: "/n/main/gather",
      say: { text: "Sprzedaż 1. Jeśli znasz numer wewnętrzny, wybierz go teraz.", synthesizer: pl },
    }]);
  });

  it("leaves # to a menu that offers it as a key", () => {
    const call = new ScriptedCall(compileDialFlow({ keys: ["1", "#"] }));
    const [gather] = call.start().verbs;
    expect(gather).toMatchObject({ maxDigits: 6, interDigitTimeout: 2 });
    expect(gather).not.toHaveProperty("finishOnKey");
  });

  it("still takes a menu key pressed alone", () => {
    const call = new ScriptedCall(dialFlow);
    call.start();
    expect(call.press("1").verbs).toEqual([{ verb: "say", text: "Sprzedaż.", synthesizer: pl }, { verb: "hangup" }]);
    expect(call.effects.filter((effect) => effect.type === "lookupExtension")).toEqual([]);
  });

  it("asks the runtime about a typed extension and, when it exists, takes the extension exit with the number set", () => {
    const call = new ScriptedCall(dialFlow);
    call.start();
    const found = dial(call, "102", { voicemail: false });
    expect(call.state.vars.dialled_extension).toBe("102");
    expect(call.traces("branchTaken")).toContainEqual({ name: "branchTaken", nodeId: "main", port: "extension" });
    expect(found.effects).toContainEqual({ type: "lookupExtension", nodeId: "ring", extension: "102" });
    expect(call.nodeId).toBe("ring");
  });

  it("says the number does not exist and offers the menu again, counted as a wrong key", () => {
    const call = new ScriptedCall(dialFlow);
    call.start();
    const again = dial(call, "109", false);
    expect(again.verbs).toEqual([noSuchExtension, expect.objectContaining({ verb: "gather", maxDigits: 6 })]);
    expect(call.state.node?.local).toEqual({ attempts: 2, noInput: 0, invalid: 1 });
    expect(call.state.vars).not.toHaveProperty("dialled_extension");
    expect(call.press("2").verbs).toEqual([{ verb: "say", text: "Nie ma takiej opcji.", synthesizer: pl }, expect.objectContaining({ verb: "gather" })]);
    const last = dial(call, "110", false);
    expect(last.verbs).toEqual([noSuchExtension, { verb: "say", text: "Błędny wybór.", synthesizer: pl }, { verb: "hangup" }]);
    expect(call.traces("branchTaken").at(-1)).toEqual({ name: "branchTaken", nodeId: "main", port: "invalid" });
  });

  it("counts unknown extensions against the wrong-key limit", () => {
    const call = new ScriptedCall(compileDialFlow({ maxInvalidAttempts: 1 }));
    call.start();
    expect(dial(call, "109", false).verbs).toEqual([noSuchExtension, { verb: "say", text: "Błędny wybór.", synthesizer: pl }, { verb: "hangup" }]);
  });

  it("treats a lone digit that is no key, a too-long or non-digit entry as a wrong key without a lookup", () => {
    for (const digits of ["7", "1234567", "1*2", "10#"]) {
      const call = new ScriptedCall(dialFlow);
      call.start();
      expect(call.press(digits).verbs[0]).toEqual({ verb: "say", text: "Nie ma takiej opcji.", synthesizer: pl });
      expect(call.effects.filter((effect) => effect.type === "lookupExtension")).toEqual([]);
    }
  });

  it("ignores digits and answers for another number while the lookup runs", () => {
    const call = new ScriptedCall(dialFlow);
    call.start();
    call.press("102");
    const before = call.state;
    expect(call.press("1").verbs).toEqual([]);
    expect(call.send({ type: "extensionLoaded", extension: "103", found: true }).verbs).toEqual([]);
    expect(call.state.node).toEqual(before.node);
    expect(call.send({ type: "extensionLoaded", extension: "102", found: true }).effects).toContainEqual({ type: "lookupExtension", nodeId: "ring", extension: "102" });
  });

  it("without the option, several digits are a wrong key and nobody is asked", () => {
    const flow = compileTestFlow(
      [
        sketchNode("start", "start", {}), sketchNode("main", "menu", { prompt: say("Menu."), keys: ["1"], maxAttempts: 2, invalidPrompt: say("Nie ma takiej opcji.") }),
        sketchNode("end", "hangup", {}),
      ],
      [["start", "next", "main"], ["main", "key:1", "end"], ["main", "noInput", "end"]],
    );
    const call = new ScriptedCall(flow);
    expect(call.start().verbs[0]).toMatchObject({ numDigits: 1 });
    expect(call.press("102").verbs[0]).toEqual({ verb: "say", text: "Nie ma takiej opcji.", synthesizer: pl });
    expect(call.effects.filter((effect) => effect.type === "lookupExtension")).toEqual([]);
  });
});

describe("transfer to the dialled extension", () => {
  function reachTransfer(): ScriptedCall {
    const call = new ScriptedCall(dialFlow);
    call.start();
    dial(call, "102", { voicemail: false });
    return call;
  }

  it("rings the extension's phone when it has no forwarding; an answered call is transferred", () => {
    const call = reachTransfer();
    const ring = call.send({ type: "extensionLoaded", extension: "102", found: true, voicemail: false });
    expect(ring.verbs).toEqual([{ verb: "dial", target: [{ type: "user", name: "102@acme.sip.centrala.test" }], timeout: 20, answerOnBridge: true, actionHook: "/n/ring/dial" }]);
    expect(call.dialResult("completed").verbs).toEqual([{ verb: "hangup" }]);
    expect(call.outcome).toBe("transferred");
  });

  it("rings the forwarding number instead when the extension forwards its calls", () => {
    const call = reachTransfer();
    const ring = call.send({ type: "extensionLoaded", extension: "102", found: true, forwardTo: "+48601234567", voicemail: false });
    expect(ring.verbs).toEqual([{ verb: "dial", target: [{ type: "phone", number: "+48601234567" }], timeout: 20, answerOnBridge: true, actionHook: "/n/ring/dial" }]);
  });

  it("takes failed when the extension is busy or unanswered and takes no voicemail", () => {
    for (const status of ["busy", "no-answer", "failed"]) {
      const call = reachTransfer();
      call.send({ type: "extensionLoaded", extension: "102", found: true, voicemail: false });
      expect(call.dialResult(status).verbs).toEqual([{ verb: "say", text: "Nikt nie odbiera.", synthesizer: pl }, { verb: "hangup" }]);
      expect(call.traces("branchTaken").at(-1)).toEqual({ name: "branchTaken", nodeId: "ring", port: "failed" });
    }
  });

  it("sends a busy or unanswered caller to the extension's voicemail with its own greeting", () => {
    for (const status of ["busy", "no-answer"]) {
      const call = reachTransfer();
      call.send({ type: "extensionLoaded", extension: "102", found: true, voicemail: true, greeting: say("Tu Anna, zostaw wiadomość.") });
      const voicemail = call.dialResult(status);
      expect(voicemail.verbs).toEqual([
        { verb: "say", text: "Tu Anna, zostaw wiadomość.", synthesizer: pl },
        {
          verb: "listen", url: "wss://runtime.centrala.test/audio", maxLength: 120, finishOnKey: "#", playBeep: true, mixType: "mono",
          metadata: { kind: "voicemail", mailbox: "102", callSid: "call-0001", caller: "+48601100200", nodeId: "ring" }, actionHook: "/n/ring/listen",
        },
      ]);
      expect(voicemail.effects).toContainEqual({ type: "voicemailStarted", nodeId: "ring", mailbox: "102" });
      expect(call.dialResult("completed").verbs).toEqual([]);
      expect(call.send({ type: "listenEnded", durationS: 12 }).verbs).toEqual([{ verb: "hangup" }]);
      expect(call.outcome).toBe("voicemail");
    }
  });

  it("greets with the engine's words when the mailbox has no greeting, and a hang-up during the message counts as voicemail", () => {
    const call = reachTransfer();
    call.send({ type: "extensionLoaded", extension: "102", found: true, voicemail: true });
    expect(call.dialResult("no-answer").verbs[0]).toEqual({ verb: "say", text: "Osoba, z którą chcesz się połączyć, jest niedostępna. Zostaw wiadomość po sygnale.", synthesizer: pl });
    call.hangUp();
    expect(call.outcome).toBe("voicemail");
  });

  it("a hang-up while the extension rings is abandoned, and stray events change nothing", () => {
    const call = reachTransfer();
    expect(call.dialResult("completed").verbs).toEqual([]);
    expect(call.send({ type: "extensionLoaded", extension: "103", found: true, voicemail: false }).verbs).toEqual([]);
    expect(call.state.node?.local).toEqual({ phase: "lookup", extension: "102" });
    call.send({ type: "extensionLoaded", extension: "102", found: true, voicemail: true });
    expect(call.send({ type: "listenEnded" }).verbs).toEqual([]);
    expect(call.nodeId).toBe("ring");
    call.hangUp();
    expect(call.outcome).toBe("abandoned");
  });

  it("takes failed when the extension is gone by the time it is rung, or no number was dialled", () => {
    const call = reachTransfer();
    call.send({ type: "extensionLoaded", extension: "102", found: false });
    expect(call.traces("branchTaken").at(-1)).toEqual({ name: "branchTaken", nodeId: "ring", port: "failed" });

    const direct = compileTestFlow(
      [sketchNode("start", "start", {}), sketchNode("ring", "transfer", { target: { type: "dialledExtension" } }), sketchNode("operator", "hangup", {})],
      [["start", "next", "ring"], ["ring", "failed", "operator"]],
    );
    const empty = new ScriptedCall(direct);
    expect(empty.start().effects.filter((effect) => effect.type === "lookupExtension")).toEqual([]);
    expect(empty.path).toEqual(["start", "ring", "operator"]);
  });
});
