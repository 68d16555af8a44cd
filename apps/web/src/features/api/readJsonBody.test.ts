import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JSON_BODY_LIMITS } from "./jsonBodyLimits";
import { parseJsonBody } from "./parseJsonBody";
import { readJsonBody } from "./readJsonBody";
import { RejectedJsonBody } from "./RejectedJsonBody";

const CHUNK = 64 * 1024;

/** A request whose body is produced only as it is read; counts the bytes handed out. */
function streamingRequest(totalBytes: number, headers: Record<string, string> = {}) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(CHUNK).fill(0x20); // spaces: valid JSON whitespace
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += CHUNK;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  const request = new Request("http://127.0.0.1/api/flows", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, counter };
}

const schema = z.object({ name: z.string() });

describe("readJsonBody caps", () => {
  it("stops reading a 100 MB body just past the cap and answers 413 in the reader's language", async () => {
    const { request, counter } = streamingRequest(100 * 1024 * 1024);
    const body = await readJsonBody(request);
    expect(body).toBeInstanceOf(RejectedJsonBody);
    expect(counter.pulled).toBeLessThanOrEqual(JSON_BODY_LIMITS.maxBytes + 2 * CHUNK);
    const en = parseJsonBody(schema, body, "en");
    expect(en).toMatchObject({ ok: false, result: { status: 413, body: { error: { code: "BODY_TOO_LARGE", message: "The request is too large: at most 4 MB is accepted here." } } } });
    const pl = parseJsonBody(schema, body, "pl");
    expect(pl).toMatchObject({ ok: false, result: { status: 413, body: { error: { message: "Żądanie jest za duże: przyjmujemy tu najwyżej 4 MB." } } } });
  });

  it("refuses a declared Content-Length over the cap without reading a byte", async () => {
    const { request, counter } = streamingRequest(100 * 1024 * 1024, { "content-length": String(100 * 1024 * 1024) });
    expect(await readJsonBody(request)).toMatchObject({ reason: "tooLarge", status: 413 });
    expect(counter.pulled).toBe(0);
  });

  it("answers 422 for deeply nested JSON instead of building it", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const body = await readJsonBody(new Request("http://127.0.0.1/", { method: "POST", body: deep }));
    expect(body).toMatchObject({ reason: "tooDeep", status: 422 });
    expect(parseJsonBody(schema, body, "en")).toMatchObject({
      ok: false, result: { status: 422, body: { error: { code: "JSON_TOO_DEEP", message: "The request's data is nested too deeply (more than 64 levels). Send a flatter document." } } },
    });
    expect(parseJsonBody(schema, body, "pl")).toMatchObject({ ok: false, result: { status: 422, body: { error: { message: expect.stringContaining("zbyt głęboko") } } } });
  });

  it("answers 422 for too many values", async () => {
    const many = JSON.stringify({ name: "x", list: Array.from({ length: JSON_BODY_LIMITS.maxValues + 1 }, () => 0) });
    expect(await readJsonBody(new Request("http://127.0.0.1/", { method: "POST", body: many }))).toMatchObject({ reason: "tooManyValues", status: 422 });
  });

  it("reads ordinary JSON, counting only real nesting (brackets inside strings do not count)", async () => {
    const nested = { name: `${"[{".repeat(500)} \\" ${"]}".repeat(500)}`, a: { b: { c: [1, 2, { d: "e" }] } } };
    expect(await readJsonBody(new Request("http://127.0.0.1/", { method: "POST", body: JSON.stringify(nested) }))).toEqual(nested);
    const atLimit = `${"[".repeat(64)}${"]".repeat(64)}`;
    expect(await readJsonBody(new Request("http://127.0.0.1/", { method: "POST", body: atLimit }))).toEqual(JSON.parse(atLimit));
  });

  it("gives undefined (a 400) for a missing or broken body", async () => {
    expect(await readJsonBody(new Request("http://127.0.0.1/", { method: "POST" }))).toBeUndefined();
    expect(await readJsonBody(new Request("http://127.0.0.1/", { method: "POST", body: "{not json" }))).toBeUndefined();
    expect(parseJsonBody(schema, undefined, "en")).toMatchObject({ ok: false, result: { status: 400 } });
  });
});
