import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./fixtures";

/**
 * Opens the development outbox in the UI (as someone who manages people) and returns the link of
 * the newest e-mail to `email` whose path starts with `path` ("/invite/", "/reset-password/").
 */
export async function readOutboxLink(page: Page, email: string, path: string): Promise<string> {
  await page.goto("/dev/outbox");
  const message = page.getByTestId("outbox-message").filter({ hasText: email }).first();
  await expect(message).toBeVisible();
  const link = message.getByTestId("outbox-message-link").filter({ hasText: path }).first();
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`no ${path} link in the e-mail to ${email}`);
  return new URL(href).pathname;
}

/** A second, signed-out browser (own cookies, own client address), e.g. the invited colleague's. */
export async function openSignedOutPage(browser: Browser, locale?: string): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, extraHTTPHeaders: use.extraHTTPHeaders, reducedMotion: "reduce", ...(locale ? { locale } : {}) });
  return context.newPage();
}
