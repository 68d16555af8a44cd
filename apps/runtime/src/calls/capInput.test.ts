import { describe, expect, it } from "vitest";
import { capHookData, maxDigitsLength, maxPartyLength, maxTextLength, readCallParty } from "./capInput";

describe("caps on what jambonz reports", () => {
  it("cuts an oversize caller number and says so", () => {
    const cuts: [string, number][] = [];
    expect(readCallParty("+48500100200", "from", (f, n) => cuts.push([f, n]))).toBe("+48500100200");
    expect(readCallParty("9".repeat(1_000_000), "from", (f, n) => cuts.push([f, n]))).toHaveLength(maxPartyLength);
    expect(readCallParty(undefined, "to", (f, n) => cuts.push([f, n]))).toBe("");
    expect(readCallParty(48500, "to", (f, n) => cuts.push([f, n]))).toBe("48500");
    expect(cuts).toEqual([["from", 1_000_000]]);
  });

  it("cuts a megabyte of digits and long speech, and leaves ordinary data untouched (the same object)", () => {
    const cuts: [string, number][] = [];
    const ordinary = { digits: "1234", reason: "dtmfDetected", call_sid: "x" };
    expect(capHookData(ordinary, (f, n) => cuts.push([f, n]))).toBe(ordinary);
    const capped = capHookData({ digits: "1".repeat(1_000_000), speech: { alternatives: [{ transcript: "a".repeat(5000), confidence: 0.9 }] } }, (f, n) => cuts.push([f, n])) as {
      digits: string; speech: { alternatives: { transcript: string; confidence: number }[] };
    };
    expect(capped.digits).toHaveLength(maxDigitsLength);
    expect(capped.speech.alternatives[0]!.transcript).toHaveLength(maxTextLength);
    expect(capped.speech.alternatives[0]!.confidence).toBe(0.9);
    expect(cuts).toEqual([["digits", 1_000_000], ["transcript", 5000]]);
    expect(capHookData(null, () => {})).toBeNull();
  });
});
