import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";
import { snapshotAcd } from "./snapshotAcd";

describe("snapshotAcd", () => {
  it("shows per queue the callers in order, the longest wait and the members by state", () => {
    const script = new AcdScript();
    script.queue("support", ["b"]);
    script.queue("sales", ["a", "b", "c", "d", "e", "f"], { wrapUpSeconds: 30 });
    script.login("e", "c", "b", "a");
    script.send({ type: "agentAway", agentId: "e", reason: "lunch" });
    script.send({ type: "agentCallStarted", agentId: "c" });
    script.join("x", "sales");
    script.connect("a");
    script.endCall("a");
    script.join("y", "sales");
    script.advance(7);
    script.join("z", "sales", { priority: 1 });
    script.join("v", "sales");
    script.answer("b");
    const snapshot = snapshotAcd(script.state, script.at + 3000);
    expect(snapshot.at).toBe(script.at + 3000);
    expect(snapshot.queues.map((queue) => queue.queueId)).toEqual(["sales", "support"]);
    expect(snapshot.agents.map((agent) => agent.agentId)).toEqual(["a", "b", "c", "e"]);
    const sales = snapshot.queues[0];
    expect(sales).toMatchObject({
      queueId: "sales", strategy: "sequential", waiting: 2, connecting: 1, longestWaitMs: 3000,
      agents: { offline: 2, available: 0, ringing: 0, onCall: 2, wrapUp: 1, away: 1 },
    });
    expect(sales?.callers).toEqual([
      { callerId: "z", position: 1, priority: 1, waitedMs: 3000, ringing: [] },
      { callerId: "v", position: 2, priority: 0, waitedMs: 3000, ringing: [] },
    ]);
    expect(snapshot.queues[1]?.agents).toEqual({ offline: 0, available: 0, ringing: 0, onCall: 1, wrapUp: 0, away: 0 });
  });

  it("lists who rings for a waiting caller", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "simultaneous" });
    script.login("a", "b", "c");
    script.advance(2);
    script.join("x", "sales");
    script.fail("b", "busy");
    const [sales] = snapshotAcd(script.state).queues;
    expect(sales?.callers).toEqual([{ callerId: "x", position: 1, priority: 0, waitedMs: 0, ringing: ["a", "c"] }]);
    expect(sales?.agents).toMatchObject({ ringing: 2, available: 1 });
    expect(snapshotAcd(script.state, script.at - 5000).queues[0]?.longestWaitMs).toBe(0);
  });

  it("computes service level, average answer time and abandon rate, null before any call", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { serviceLevelSeconds: 10, wrapUpSeconds: 0 });
    expect(snapshotAcd(script.state).queues[0]).toMatchObject({ serviceLevelPercent: null, serviceLevel2Percent: null, averageAnswerSeconds: null, abandonRatePercent: null });
    script.login("a");
    script.join("w", "sales");
    script.join("x", "sales");
    script.join("y", "sales");
    script.join("z", "sales");
    script.advance(4);
    script.connect("a");
    script.endCall("a");
    script.advance(12);
    script.connect("a");
    script.endCall("a");
    script.leave("y", "abandoned");
    script.leave("z", "timedOut");
    const [sales] = snapshotAcd(script.state).queues;
    expect(sales).toMatchObject({ serviceLevelPercent: 50, averageAnswerSeconds: 10, abandonRatePercent: 25, });
    expect(sales?.serviceLevel2Percent).toBeCloseTo(33.333, 3);
    expect(sales?.counters).toMatchObject({ joined: 4, answered: 2, abandoned: 1, timedOut: 1 });
  });

  it("shows per agent the state, the reason, since when, the queues, the caller and the day's figures", () => {
    const script = new AcdScript();
    script.queue("sales", [{ agentId: "a", penalty: 2, position: 5 }], { wrapUpSeconds: 20 });
    script.queue("support", ["a", "b"]);
    script.login("a");
    script.join("x", "sales");
    const ringingAt = script.at;
    script.advance(3);
    let [agent] = snapshotAcd(script.state).agents;
    expect(agent).toEqual({
      agentId: "a", status: "ringing", awayReason: null, since: ringingAt,
      queues: [{ queueId: "sales", penalty: 2, position: 5 }, { queueId: "support", penalty: 0, position: 0 }],
      callerId: "x", queueId: "sales", wrapUpUntil: null,
      offered: 1, answered: 0, missed: 0, rejected: 0, failed: 0, consecutiveMisses: 0, lastCallEndedAt: null,
    });
    script.connect("a");
    [agent] = snapshotAcd(script.state).agents;
    expect(agent).toMatchObject({ status: "onCall", callerId: "x", queueId: "sales", answered: 1, since: script.at });
    script.endCall("a");
    [agent] = snapshotAcd(script.state).agents;
    expect(agent).toMatchObject({ status: "wrapUp", callerId: null, queueId: null, wrapUpUntil: script.at + 20_000, lastCallEndedAt: script.at });
    script.send({ type: "agentAway", agentId: "a", reason: "lunch" });
    [agent] = snapshotAcd(script.state).agents;
    expect(agent).toMatchObject({ status: "away", awayReason: "lunch" });
    script.send({ type: "agentCallStarted", agentId: "a" });
    expect(snapshotAcd(script.state).agents[0]).toMatchObject({ status: "onCall", callerId: null, queueId: null });
  });

  it("keeps `since` while the displayed state stays the same", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.login("a");
    const loggedInAt = script.at;
    script.advance(30);
    script.send({ type: "agentAvailable", agentId: "a" });
    expect(script.agent("a").since).toBe(loggedInAt);
    script.send({ type: "agentAway", agentId: "a", reason: "lunch" });
    expect(script.agent("a").since).toBe(script.at);
  });
});
