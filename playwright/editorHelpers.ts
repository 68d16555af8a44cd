import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the flow editor for a flow id and waits for the canvas to draw its nodes. */
export async function openEditor(page: Page, flowId: string): Promise<void> {
  await page.goto(`/flows/${flowId}`);
  await waitForCanvas(page);
}

/**
 * Waits for the editor's canvas to draw. The page shows its loading outline at once and the
 * editor when the server has rendered it, which on a busy machine can take a while.
 */
export async function waitForCanvas(page: Page): Promise<void> {
  await expect(page.locator(".react-flow__node").first()).toBeVisible({ timeout: 30_000 });
}

/** A node on the canvas by kind and (optionally) the text it shows. */
export function canvasNode(page: Page, kind: string, text?: string | RegExp): Locator {
  const nodes = page.locator(`.react-flow__node-${kind}`);
  return text === undefined ? nodes : nodes.filter({ hasText: text });
}

/** Drags a palette item onto the canvas with the mouse, dropping it at a point of the canvas. */
export async function dragFromPalette(page: Page, kind: string, at: { x: number; y: number }): Promise<void> {
  await page.getByTestId(`palette-${kind}`).dragTo(page.getByTestId("flow-canvas"), { targetPosition: at });
}

/** Draws a connection with the mouse from a node's exit to the body of another node. */
export async function connectWithMouse(page: Page, from: Locator, port: string, to: Locator): Promise<void> {
  const handle = from.locator(`.react-flow__handle[data-handleid="${port}"]`);
  const start = await handle.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error(`cannot see exit ${port} or its target`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Waits until autosave has confirmed the last change. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
}

/** A fixture flow from playwright/flows (the same files the compiler tests use). */
export function readFixtureFlow(name: string): string {
  return readFileSync(new URL(`./flows/${name}.json`, import.meta.url), "utf8");
}

/** Imports a file through the editor's Import button and confirms replacing the draft. */
export async function importFlowFile(page: Page, name: string, contents: string): Promise<void> {
  await page.getByTestId("import-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(contents) });
}

/**
 * Gives the flow's tenant a phone number straight in the database: numbers come from the
 * operator's pool, and there is no screen for claiming one yet.
 */
export async function insertTenantNumber(flowId: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ tenantId: string }>('select "tenantId" from "Flow" where id = $1', [flowId]);
    const e164 = `+4822${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    await client.query(
      'insert into "PhoneNumber" (id, "tenantId", e164, source, label) values ($1, $2, $3, \'owned\', \'Reception\')',
      [`num_${randomUUID().slice(0, 12)}`, rows[0]?.tenantId, e164],
    );
    return e164;
  } finally {
    await client.end();
  }
}

/** Where a number rings, read from the database. */
export async function readNumberFlowId(e164: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ flowId: string | null }>('select "flowId" from "PhoneNumber" where e164 = $1', [e164]);
    return rows[0]?.flowId ?? null;
  } finally {
    await client.end();
  }
}
