import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readOwnOrigins } from "./checkRequestOrigin";
import { guardApiRequest } from "./guardApiRequest";

const base = "http://127.0.0.1:3100";
const own = readOwnOrigins(new Request(`${base}/api/flows`, { headers: { host: "127.0.0.1:3100" } }), ["https://centrala.example.com"]);
const context = (locale: "en" | "pl" = "en") => ({ ownOrigins: own, locale, clientAddress: `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}` });

function post(path: string, init: { headers?: Record<string, string>; body?: string; method?: string } = {}) {
  const body = init.body ?? "";
  const headers: Record<string, string> = { "content-length": String(Buffer.byteLength(body)), ...init.headers };
  return new Request(`${base}${path}`, { method: init.method ?? "POST", headers, body: body || undefined });
}

describe("guardApiRequest", () => {
  it("knows its own origins: the Host it was addressed to and the configured public address", () => {
    expect([...own].sort()).toEqual(["http://127.0.0.1:3100", "https://centrala.example.com"]);
  });

  it("lets same-origin JSON, bodyless calls, reads and non-browser clients through", async () => {
    expect(await guardApiRequest(post("/api/flows", { headers: { origin: base, "content-type": "application/json" }, body: "{}" }), context())).toBeNull();
    expect(await guardApiRequest(post("/api/flows/x", { method: "DELETE", headers: { origin: "https://centrala.example.com" } }), context())).toBeNull();
    expect(await guardApiRequest(new Request(`${base}/api/flows`, { headers: { origin: "https://evil.example" } }), context())).toBeNull();
    expect(await guardApiRequest(post("/api/flows", { headers: { "content-type": "application/json; charset=utf-8" }, body: "{}" }), context())).toBeNull();
    // The sign-out and language forms are plain HTML form posts.
    expect(await guardApiRequest(post("/api/locale", { headers: { origin: base, "content-type": "application/x-www-form-urlencoded" }, body: "locale=pl" }), context())).toBeNull();
  });

  it("refuses another site's page with 403, by Origin or by Sec-Fetch-Site, in the reader's language", async () => {
    const foreign = await guardApiRequest(post("/api/flows", { headers: { origin: "https://evil.example", "content-type": "application/json" }, body: "{}" }), context("pl"));
    expect(foreign?.status).toBe(403);
    expect(await foreign?.json()).toEqual({ error: { code: "FOREIGN_ORIGIN", message: "To żądanie przyszło z innej strony internetowej, więc zostało odrzucone. Otwórz Centralę i spróbuj ponownie." } });
    expect((await guardApiRequest(post("/api/sign-out", { headers: { origin: "null" } }), context()))?.status).toBe(403);
    expect((await guardApiRequest(post("/api/flows", { headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" }, body: "{}" }), context()))?.status).toBe(403);
    expect((await guardApiRequest(post("/api/flows", { headers: { "sec-fetch-site": "same-site", "content-type": "application/json" }, body: "{}" }), context()))?.status).toBe(403);
  });

  it("refuses a body that is not JSON with 415 (forms only where forms are posted)", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const refused = await guardApiRequest(post("/api/flows", { headers: { origin: base, ...(type ? { "content-type": type } : {}) }, body: "name=x" }), context());
      expect(refused?.status).toBe(415);
    }
    const refused = await guardApiRequest(post("/api/flows", { headers: { origin: base, "content-type": "text/plain" }, body: "{}" }), context());
    expect((await refused?.json()).error.message).toBe("This address takes JSON (Content-Type: application/json), not text/plain.");
  });

  it("refuses a declared body over the cap with 413 and one of unknown length with 411, before reading it", async () => {
    const huge = new Request(`${base}/api/flows`, { method: "POST", headers: { origin: base, "content-type": "application/json", "content-length": String(100 * 1024 * 1024) } });
    const refused = await guardApiRequest(huge, context());
    expect(refused?.status).toBe(413);
    expect((await refused?.json()).error).toEqual({ code: "BODY_TOO_LARGE", message: "The request is too large: at most 4 MB is accepted here." });
    const chunked = new Request(`${base}/api/flows`, { method: "POST", headers: { origin: base, "content-type": "application/json", "transfer-encoding": "chunked" } });
    expect((await guardApiRequest(chunked, context()))?.status).toBe(411);
  });

  it("limits password-reset requests per address (20 an hour) with 429 and Retry-After", async () => {
    const from = context();
    const request = () => post("/api/password-reset", { headers: { "content-type": "application/json" }, body: `{"email":"a@example.com"}` });
    for (let i = 0; i < 20; i++) expect(await guardApiRequest(request(), from)).toBeNull();
    const refused = await guardApiRequest(request(), from);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
    expect((await refused?.json()).error.message).toBe("Too many attempts, try again in 60 minutes.");
    // Another address is not affected, nor are other routes from this one.
    expect(await guardApiRequest(request(), context())).toBeNull();
    expect(await guardApiRequest(post("/api/flows", { headers: { "content-type": "application/json" }, body: "{}" }), from)).toBeNull();
  });
});
