import { randomUUID } from "node:crypto";
import { expect, makeTenantAccount, signInThroughUi, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { closeToasts } from "./numbersHelpers";
import { openSignedOutPage, readOutboxLink } from "./teamHelpers";

test.describe.configure({ timeout: 240_000 });
// Toasts and dialogs appear without their fade, so axe reads their final colours.
test.use({ contextOptions: { reducedMotion: "reduce" } });

// An owner invites a colleague; the invitation link is read from the development outbox; the
// colleague sets a name and password and signs in; the owner changes their role and removes them.
test("an owner invites a colleague who joins through the e-mailed link", async ({ signedInTenant: { page }, browser }) => {
  await page.getByTestId("nav-team").click();
  await page.waitForURL("**/team");
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expect(page.getByTestId("invites-empty")).toBeVisible();
  await expectAccessible(page, "the team page");

  // The last owner cannot remove themselves: the server says why.
  await page.getByTestId("member-row").getByRole("button", { name: /^Remove / }).click();
  await page.getByTestId("remove-member-dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("team-error")).toContainText("at least one owner");

  const colleague = makeTenantAccount("Kolega");
  await page.getByLabel("E-mail address").fill("not-an-email");
  await page.getByTestId("invite-submit").click();
  await expect(page.getByTestId("invite-error")).toContainText("not an e-mail address");
  await page.getByLabel("E-mail address").fill(colleague.email);
  await page.getByTestId("invite-role").click();
  await page.getByRole("option", { name: "Flow designer" }).click();
  await page.getByTestId("invite-submit").click();
  await expect(page.getByTestId("invite-row")).toContainText(colleague.email);

  // A second invitation, withdrawn again.
  const other = `e2e-${randomUUID().slice(0, 8)}@example.com`;
  await page.getByLabel("E-mail address").fill(other);
  await page.getByTestId("invite-submit").click();
  await expect(page.getByTestId("invite-row")).toHaveCount(2);
  await closeToasts(page);
  await page.getByTestId(`revoke-${other}`).click();
  await expectAccessible(page, "the revoke confirmation");
  await page.getByRole("button", { name: "Revoke invitation" }).click();
  await expect(page.getByTestId("invite-row")).toHaveCount(1);

  await page.getByTestId("outbox-link").click();
  await page.waitForURL("**/dev/outbox");
  await expectAccessible(page, "the development outbox");
  const invitePath = await readOutboxLink(page, colleague.email, "/invite/");

  const guest = await openSignedOutPage(browser);
  await guest.goto(invitePath);
  await expect(guest.getByRole("heading", { level: 1 })).toContainText("Join");
  await expectAccessible(guest, "the invitation page");
  await guest.getByLabel("Your name").fill(colleague.name);
  await guest.getByLabel("Password").fill("short");
  await guest.getByTestId("accept-invite-submit").click();
  await expect(guest.locator("#field-password-error")).toBeVisible();
  await guest.getByLabel("Password").fill(colleague.password);
  await guest.getByTestId("accept-invite-submit").click();
  await expect(guest.getByTestId("invite-joined")).toBeVisible();
  await guest.getByTestId("invite-to-sign-in").click();
  await guest.waitForURL("**/login");
  await signInThroughUi(guest, colleague.email, colleague.password);
  await guest.waitForURL("**/flows");
  await expect(guest.getByTestId("member-role")).toHaveText("Role: Flow designer");

  // The link works once.
  const reused = await openSignedOutPage(browser);
  await reused.goto(invitePath);
  await expect(reused.getByTestId("invite-broken")).toBeVisible();
  await expectAccessible(reused, "a used invitation link");

  await page.goto("/team");
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await expect(page.getByTestId("invites-empty")).toBeVisible();
  await page.getByTestId(`role-${colleague.email}`).click();
  await page.getByRole("option", { name: "Viewer" }).click();
  await expect(page.getByText(`${colleague.name} is now Viewer.`)).toBeVisible();
  await page.getByTestId(`remove-${colleague.email}`).click();
  await expect(page.getByTestId("remove-member-dialog")).toContainText(colleague.name);
  await page.getByTestId("remove-member-dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await Promise.all([guest.context().close(), reused.context().close()]);
});

test("po polsku: zapomniane hasło ustawione linkiem z e-maila, potem zmienione na koncie", async ({ signedInTenant: { page, email, password }, browser }) => {
  await page.getByTestId("locale-pl").click();
  await expect(page.getByTestId("locale-pl")).toHaveAttribute("aria-pressed", "true");

  const guest = await openSignedOutPage(browser, "pl-PL");
  await guest.goto("/login");
  await guest.getByTestId("forgot-password-link").click();
  await guest.waitForURL("**/forgot-password");
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Nie pamiętasz hasła?");
  await expectAccessible(guest, "formularz zapomnianego hasła");
  await guest.getByLabel("E-mail").fill(email);
  await guest.getByTestId("request-reset-submit").click();
  await expect(guest.getByTestId("reset-requested")).toContainText("Jeśli ten adres ma konto");

  const resetPath = await readOutboxLink(page, email, "/reset-password/");
  await expect(page.getByTestId("page-title")).toHaveText("Skrzynka nadawcza (tryb deweloperski)");
  await guest.goto(resetPath);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Ustaw nowe hasło");
  await expectAccessible(guest, "ustawianie nowego hasła");
  const newPassword = "Nowe-Haslo-2026";
  await guest.getByLabel("Nowe hasło", { exact: true }).fill(newPassword);
  await guest.getByTestId("reset-password-submit").click();
  await expect(guest.getByTestId("reset-done")).toContainText("Hasło zostało ustawione");

  // The same link does not work twice.
  const again = await openSignedOutPage(browser, "pl-PL");
  await again.goto(resetPath);
  await again.getByLabel("Nowe hasło", { exact: true }).fill("Jeszcze-Inne-1");
  await again.getByTestId("reset-password-submit").click();
  await expect(again.getByTestId("reset-error")).toContainText("został już użyty");
  await again.context().close();

  // Setting a password signs every session out: the owner signs in again with the new one.
  await guest.getByTestId("reset-to-sign-in").click();
  await guest.waitForURL("**/login");
  await signInThroughUi(guest, email, newPassword);
  await guest.waitForURL("**/flows");

  await guest.getByTestId("nav-account").click();
  await guest.waitForURL("**/account");
  await expect(guest.getByTestId("page-title")).toHaveText("Twoje konto");
  await expectAccessible(guest, "konto");
  await guest.getByLabel("Obecne hasło", { exact: true }).fill(password);
  await guest.getByLabel("Nowe hasło", { exact: true }).fill("Inne-Haslo-2027");
  await guest.getByTestId("change-password-submit").click();
  await expect(guest.getByTestId("error-currentPassword")).toContainText("Obecne hasło jest nieprawidłowe");
  await guest.getByLabel("Obecne hasło", { exact: true }).fill(newPassword);
  await guest.getByLabel("Nowe hasło", { exact: true }).fill("Inne-Haslo-2027");
  await guest.getByTestId("change-password-submit").click();
  await expect(guest.getByTestId("password-changed")).toHaveText("Hasło zostało zmienione.");
  // Every other browser signs in again; the one that changed the password stays signed in.
  await guest.reload();
  await expect(guest.getByTestId("page-title")).toHaveText("Twoje konto");
  await guest.context().close();
});
