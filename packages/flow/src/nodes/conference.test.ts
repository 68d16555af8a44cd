import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("conference", () => {
  it("accepts a room with a PIN", () => {
    expect(validateNode("conference", { room: "board", pin: "1234" })).toEqual([]);
  });
  it("reports a PIN that is not 4 to 8 digits and a missing wrong-PIN path", () => {
    expect(validateNode("conference", { room: "board", pin: "12a" })).toMatchObject([{ code: "FLOW013", nodeId: "x" }]);
    expect(validateNode("conference", { room: "board", pin: "1234" }, {}, { skipPorts: ["wrongPin"] }))
      .toMatchObject([{ code: "FLOW022", port: "wrongPin" }]);
    expect(validateNode("conference", { room: "board" }, {}, { skipPorts: ["wrongPin", "next"] })).toEqual([]);
  });
  it("reports an empty room name as a field to fill in", () => {
    expect(validateNode("conference", { room: "" })).toMatchObject([{ code: "FLOW010", nodeId: "x" }]);
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("conference", { room: "board" }).config).toEqual({ room: "board", role: "participant", waitForModerator: true });
  });
});
