import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

const url = "https://bank.example.com/balance?caller={{caller}}";

describe("http", () => {
  it("accepts an https address with built-in placeholders", () => {
    expect(validateNode("http", { url, responseMap: [{ path: "balance.amount", variable: "balance" }] })).toEqual([]);
  });
  it("reports an address that is not http(s) or whose server comes from a variable", () => {
    expect(validateNode("http", { url: "ftp://bank.example.com" })).toMatchObject([{ code: "FLOW042", nodeId: "x" }]);
    expect(validateNode("http", { url: "https://{{host}}/x" }).map((problem) => problem.code)).toContain("FLOW042");
  });
  it("reports saving the answer into a built-in variable, and a missing error path", () => {
    expect(validateNode("http", { url, responseMap: [{ path: "status", variable: "http_status" }] })).toMatchObject([{ code: "FLOW047" }]);
    expect(validateNode("http", { url }, {}, { skipPorts: ["error"] })).toMatchObject([{ code: "FLOW022", port: "error" }]);
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("http", { url })).toEqual({
      config: { url, method: "GET", headers: {}, timeoutMs: 3000, responseMap: [] },
      next: { success: "end", error: "end" },
    });
  });
  it("compiles a JSON body template into JSON, for the methods that send one", () => {
    const body = '{"account": "{{account}}", "items": [1, "{{caller}}"], "urgent": true}';
    expect(compileNode("http", { url, method: "PUT", body }).config).toMatchObject({
      method: "PUT", body: { account: "{{account}}", items: [1, "{{caller}}"], urgent: true },
    });
    expect(compileNode("http", { url, method: "DELETE" }).config).not.toHaveProperty("body");
  });
  it("reports a body that is not JSON, and warns about a body a GET would not send", () => {
    expect(validateNode("http", { url, method: "POST", body: '{"account": {{account}}}' })).toMatchObject([{ code: "FLOW060", severity: "error" }]);
    expect(validateNode("http", { url, method: "GET", body: "{}" })).toMatchObject([{ code: "FLOW061", severity: "warning" }]);
    expect(validateNode("http", { url, method: "PATCH", body: '{"a": "{{caller}}"}' })).toEqual([]);
  });
  it("lists the variables the body reads", () => {
    expect(validateNode("http", { url, method: "POST", body: '{"a": "{{nobody_set_this}}"}' })).toMatchObject([{ code: "FLOW038" }]);
  });
});
