import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, type Page } from "@playwright/test";

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Puts free Warsaw numbers in the operator's pool (the test database starts with none) under a
 * prefix of their own, so a search for it finds exactly these. Returns the prefix as a person
 * types it ("22 4815") and the numbers in E.164, in order.
 */
export async function insertPoolNumbers(count: number): Promise<{ typed: string; e164: string[] }> {
  const block = String(randomInt(100_000, 1_000_000)).slice(0, 4).replace(/^0/, "5");
  const e164 = Array.from({ length: count }, (_, index) => `+4822${block}${String(index).padStart(3, "0")}`);
  await withDatabase(async (client) => {
    for (const number of e164) await client.query(`insert into "PhoneNumber" (id, e164, source) values ($1, $2, 'pool') on conflict (e164) do nothing`, [`pool_${number.slice(1)}`, number]);
  });
  return { typed: `22 ${block}`, e164 };
}

/** Makes a pool number someone else's (as if another office claimed it a moment ago). */
export async function takePoolNumberElsewhere(e164: string): Promise<void> {
  await withDatabase((client) => client.query(`update "PhoneNumber" set source = 'owned' where e164 = $1 and "tenantId" is null`, [e164]));
}

/** Creates a flow and publishes the sales/support fixture in it through the API; returns its id. */
export async function publishFixtureFlow(page: Page, name: string): Promise<string> {
  const created = await page.request.post("/api/flows", { data: { name } });
  expect(created.status()).toBe(201);
  const { flow } = (await created.json()) as { flow: { id: string; draftRevision: number } };
  const draft = JSON.parse(readFileSync(new URL("./flows/sales-support.json", import.meta.url), "utf8")) as unknown;
  const saved = await page.request.put(`/api/flows/${flow.id}/draft`, { data: { draft, revision: flow.draftRevision } });
  expect(saved.status()).toBe(200);
  const published = await page.request.post(`/api/flows/${flow.id}/publish`, { data: { note: "" } });
  expect(published.status(), await published.text()).toBeLessThan(300);
  return flow.id;
}

/**
 * Places a call from the carrier to `e164` through the simulated jambonz (as `npm run call` does)
 * and waits for it to end; the caller presses `press` at each menu and hangs up after
 * `hangUpAfterMs` of the simulator's (virtual) time; `dialTargets` say how the phones it rings behave.
 * Returns the simulator's event stream.
 */
export async function placeSimulatedCall(
  page: Page, e164: string, press: string[],
  options: { from?: string; hangUpAfterMs?: number; dialTargets?: Record<string, { noAnswer?: boolean; busy?: boolean }> } = {},
): Promise<string> {
  const port = process.env.E2E_JAMBONZ_PORT ?? "3305";
  const data = { to: e164, press, hangUpAfterMs: options.hangUpAfterMs ?? 20_000, ...(options.from ? { from: options.from } : {}), ...(options.dialTargets ? { dialTargets: options.dialTargets } : {}) };
  const response = await page.request.post(`http://127.0.0.1:${port}/sim/calls`, { data, timeout: 60_000 });
  expect(response.status()).toBe(200);
  return response.text();
}

/** The transcript events of a simulated call's event stream (what placeSimulatedCall returns). */
export function readCallTranscript(stream: string): { kind: string; what?: string; url?: string; text?: string }[] {
  return [...stream.matchAll(/^event: transcript\ndata: (.*)$/gm)].map((match) => JSON.parse(match[1] ?? "{}") as { kind: string });
}

/**
 * Closes the toasts on screen. Sonner keeps older toasts stacked behind the newest with their
 * text faded out, which axe would read as low contrast; the page is checked without them.
 */
export async function closeToasts(page: Page): Promise<void> {
  // A toast may time out on its own between finding and clicking it: retry until none is left.
  await expect(async () => {
    const front = page.locator('[data-sonner-toast][data-front="true"] [data-close-button]');
    if ((await front.count()) > 0) await front.first().click({ timeout: 1_000 }).catch(() => undefined);
    await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}
