import { describe, expect, it } from "vitest";
import { nodeKinds } from "./kinds";
import { nodeDefinitions } from "./registry";
import { readFieldMeta } from "../schema/field";
import type { z } from "zod";
import { listCodes, validateNode } from "../testing/checkNode";

describe("node registry", () => {
  it("has a definition for every kind, filed under its own kind", () => {
    expect(Object.keys(nodeDefinitions).sort()).toEqual([...nodeKinds].sort());
    for (const kind of nodeKinds) expect(nodeDefinitions[kind].kind).toBe(kind);
  });
  it("gives every kind labels, a description and an icon in both languages", () => {
    for (const definition of Object.values(nodeDefinitions)) {
      for (const text of [definition.labels, definition.description]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.pl.length).toBeGreaterThan(0);
      }
      expect(definition.icon).toMatch(/^[a-z0-9-]+$/);
    }
  });
  it("gives every data field an editor label and help in both languages", () => {
    for (const definition of Object.values(nodeDefinitions)) {
      const shape = (definition.schema as unknown as z.ZodObject).shape;
      for (const [name, schema] of Object.entries(shape)) {
        const meta = readFieldMeta(schema as z.ZodType);
        expect(meta, `${definition.kind}.${name}`).toBeDefined();
        expect(meta?.help.pl.length).toBeGreaterThan(0);
      }
    }
  });
  it("gives new nodes default data whose only problems are fields still to fill in", () => {
    for (const kind of nodeKinds) {
      const codes = new Set(listCodes(validateNode(kind, nodeDefinitions[kind].defaultData() as never)));
      for (const code of codes) expect(["FLOW010", "FLOW036"], `${kind}: ${code}`).toContain(code);
    }
  });
});
