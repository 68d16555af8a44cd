import { describe, expect, it } from "vitest";
import { createQueueSettings, queueMemberSchema, queueSettingsSchema } from "./queueSettings";

const messages = (value: unknown): string[] => {
  const result = queueSettingsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("queue settings", () => {
  it("default to a sequential queue ringing 20 s with 10 s of wrap-up", () => {
    expect(createQueueSettings()).toMatchObject({ strategy: "sequential", ringSeconds: 20, wrapUpSeconds: 10, retrySeconds: 5 });
  });

  it("keep each number within what a call centre can use", () => {
    const bounds: [string, number, number][] = [
      ["ringSeconds", 5, 300], ["wrapUpSeconds", 0, 3600], ["retrySeconds", 0, 300], ["maxWaitSeconds", 10, 86_400],
      ["weight", 0, 100], ["maxLength", 1, 10_000], ["autoAwayAfterMisses", 1, 100], ["serviceLevelSeconds", 1, 3600],
    ];
    for (const [name, min, max] of bounds) {
      expect(messages({ [name]: min }), `${name} = ${min}`).toEqual([]);
      expect(messages({ [name]: max }), `${name} = ${max}`).toEqual([]);
      expect(messages({ [name]: min - 1 })[0], `${name} = ${min - 1}`).toMatch(new RegExp(`^${name}: `));
      expect(messages({ [name]: max + 1 })[0], `${name} = ${max + 1}`).toMatch(new RegExp(`^${name}: `));
      expect(messages({ [name]: min + 0.5 })[0], `${name} fraction`).toMatch(new RegExp(`^${name}: `));
    }
  });

  it("accept widening penalty limits that start at 0 seconds", () => {
    expect(messages({ penaltyLimits: [{ afterSeconds: 0, maxPenalty: 0 }, { afterSeconds: 30, maxPenalty: 0 }, { afterSeconds: 60, maxPenalty: 3 }] })).toEqual([]);
    expect(messages({ penaltyLimits: [{ afterSeconds: 0, maxPenalty: 100 }] })).toEqual([]);
    expect(messages({ penaltyLimits: [{ afterSeconds: 86_400, maxPenalty: 0 }] })).toEqual(["penaltyLimits: the first penalty limit must start at 0 seconds"]);
  });

  it("refuse penalty limits that do not widen step by step", () => {
    expect(messages({ penaltyLimits: [{ afterSeconds: 0, maxPenalty: 0 }, { afterSeconds: 0, maxPenalty: 1 }] }))
      .toEqual(["penaltyLimits.1.afterSeconds: penalty limits must come later and later"]);
    expect(messages({ penaltyLimits: [{ afterSeconds: 0, maxPenalty: 2 }, { afterSeconds: 10, maxPenalty: 1 }] }))
      .toEqual(["penaltyLimits.1.maxPenalty: a later penalty limit cannot narrow the earlier one"]);
    expect(messages({ penaltyLimits: [{ afterSeconds: 0, maxPenalty: 101 }] })[0]).toMatch(/^penaltyLimits\.0\.maxPenalty: /);
    expect(messages({ penaltyLimits: [{ afterSeconds: 86_401, maxPenalty: 1 }] })[0]).toMatch(/^penaltyLimits\.0\.afterSeconds: /);
    expect(messages({ penaltyLimits: Array.from({ length: 11 }, (_, index) => ({ afterSeconds: index, maxPenalty: 0 })) })[0]).toMatch(/^penaltyLimits: /);
  });

  it("know the five strategies and nothing else", () => {
    for (const strategy of ["simultaneous", "sequential", "roundRobin", "longestIdle", "fewestCalls"]) expect(messages({ strategy })).toEqual([]);
    expect(messages({ strategy: "random" })[0]).toMatch(/^strategy: /);
  });
});

describe("queue members", () => {
  it("default to penalty 0 and position 0, within bounds", () => {
    expect(queueMemberSchema.parse({ agentId: "a" })).toEqual({ agentId: "a", penalty: 0, position: 0 });
    expect(queueMemberSchema.safeParse({ agentId: "a", penalty: 100, position: 100_000 }).success).toBe(true);
    expect(queueMemberSchema.safeParse({ agentId: "a", penalty: 101 }).success).toBe(false);
    expect(queueMemberSchema.safeParse({ agentId: "a", position: -1 }).success).toBe(false);
    expect(queueMemberSchema.safeParse({ agentId: "" }).success).toBe(false);
  });
});
