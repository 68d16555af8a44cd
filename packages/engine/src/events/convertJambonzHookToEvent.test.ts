import { describe, expect, it } from "vitest";
import { convertJambonzHookToEvent } from "./convertJambonzHookToEvent";

const at = 1_700_000_000_000;

describe("convertJambonzHookToEvent", () => {
  it("reads a DTMF gather as digits and a timeout as no input", () => {
    expect(convertJambonzHookToEvent("/n/main/gather", { digits: "2", reason: "dtmfDetected", call_sid: "x" }, at))
      .toEqual({ type: "digits", at, nodeId: "main", purpose: "gather", digits: "2" });
    expect(convertJambonzHookToEvent("/n/main/gather", { reason: "timeout" }, at))
      .toEqual({ type: "noInput", at, nodeId: "main", purpose: "gather" });
  });

  it("reads dial_call_status (not dial_status) and maps progress values to failed", () => {
    expect(convertJambonzHookToEvent("/n/team/dial", { dial_call_status: "no-answer", dial_sip_status: 487 }, at))
      .toEqual({ type: "dialResult", at, nodeId: "team", purpose: "dial", status: "no-answer" });
    expect(convertJambonzHookToEvent("/n/team/dial", { dial_status: "completed" }, at)).toMatchObject({ status: "failed" });
    expect(convertJambonzHookToEvent("/n/team/dial", { dial_call_status: "early-media" }, at)).toMatchObject({ status: "failed" });
  });

  it("reads the enqueue waitHook's 0-based position and the actionHook's result", () => {
    expect(convertJambonzHookToEvent("/n/q/wait", { queue_time: 42, queue_position: 0, queue_size: 3, queue_sid: "queue:a:sales" }, at))
      .toEqual({ type: "queueWait", at, nodeId: "q", purpose: "wait", queueTimeS: 42, position: 0, size: 3 });
    expect(convertJambonzHookToEvent("/n/q/queue", { queue_result: "bridged", queue_time: 50 }, at))
      .toEqual({ type: "queueResult", at, nodeId: "q", purpose: "queue", result: "bridged" });
    expect(convertJambonzHookToEvent("/n/q/queue", { queue_result: "weird" }, at)).toMatchObject({ result: "error" });
  });

  it("reads listen's finish key and its oddly named duration", () => {
    expect(convertJambonzHookToEvent("/n/vm/listen", { digits: "#", dial_call_duration: 17 }, at))
      .toEqual({ type: "listenEnded", at, nodeId: "vm", purpose: "listen", digits: "#", durationS: 17 });
  });

  it("maps conference hooks and the queue leave key", () => {
    expect(convertJambonzHookToEvent("/n/room/conference", {}, at)).toMatchObject({ type: "conferenceEnded", nodeId: "room" });
    expect(convertJambonzHookToEvent("/n/room/confwait", {}, at)).toMatchObject({ type: "conferenceWait" });
    expect(convertJambonzHookToEvent("/n/q/leavekey", { digits: "0" }, at)).toMatchObject({ type: "digits", purpose: "leavekey", digits: "0" });
  });

  it("returns an unrecognized event for hooks the engine did not issue, and survives junk data", () => {
    expect(convertJambonzHookToEvent("/menu-1", { digits: "1" }, at)).toEqual({ type: "unrecognized", at, hook: "/menu-1" });
    expect(convertJambonzHookToEvent("/n/a/teleport", {}, at)).toMatchObject({ type: "unrecognized" });
    expect(convertJambonzHookToEvent("/n/q/wait", null, at)).toMatchObject({ type: "queueWait", queueTimeS: 0, position: 0 });
    expect(convertJambonzHookToEvent("/n/q/wait", { queue_time: "12" }, at)).toMatchObject({ queueTimeS: 12 });
  });
});
