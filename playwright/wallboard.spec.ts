import { placeSimulatedCall, setUpCallCentre } from "./callCentreHelpers";
import { expectAccessible } from "./expectAccessible";
import { expect, test } from "./fixtures";

// The wallboard live, in Polish: a caller joins a queue nobody is available for; the waiting count
// and the longest wait change on screen, and when the caller gives up the abandoned count does.
test("po polsku: tablica pokazuje na żywo dzwoniącego w kolejce i porzucone połączenie", async ({ signedInTenant: { page, email } }) => {
  test.setTimeout(180_000);
  await page.getByTestId("locale-pl").click();
  await expect(page.getByTestId("locale-pl")).toHaveAttribute("aria-pressed", "true");
  await page.goto("/wallboard");
  await expect(page.getByTestId("wallboard-empty")).toContainText("Nie ma jeszcze kolejek");

  const centre = await setUpCallCentre(email, { queueName: "Wsparcie", extensions: ["201"], members: ["201"] });
  await page.goto("/wallboard");
  const queue = page.getByTestId("wallboard-queue").filter({ hasText: "Wsparcie" });
  await expect(page.getByTestId("live-badge")).toHaveText("Na żywo");
  await expect(queue.getByTestId("queue-waiting")).toHaveText("0");
  await expect(queue.getByTestId("queue-abandoned")).toHaveText("0");
  await expect(page.getByTestId("wallboard-agent").filter({ hasText: "201" })).toHaveAttribute("data-state", "offline");
  await expectAccessible(page, "/wallboard (pl)");

  placeSimulatedCall(centre.number, { from: "+48609876543", hangUpAfterMs: 9_000 });
  await expect(queue.getByTestId("queue-waiting")).toHaveText("1", { timeout: 15_000 });
  // The longest wait ticks on the page between updates.
  await expect(queue.getByTestId("queue-longest-wait")).not.toHaveText("0:00");
  const first = await queue.getByTestId("queue-longest-wait").textContent();
  await expect(queue.getByTestId("queue-longest-wait")).not.toHaveText(first ?? "");

  // The caller gives up: nobody waits, one abandoned today.
  await expect(queue.getByTestId("queue-abandoned")).toHaveText("1", { timeout: 30_000 });
  await expect(queue.getByTestId("queue-waiting")).toHaveText("0");

  await page.getByTestId("wallboard-tv").click();
  await expect(page.getByTestId("wallboard")).toHaveAttribute("data-tv", "yes");
  await expect(page.getByRole("heading", { level: 1, name: "Tablica" })).toBeVisible();
  await expectAccessible(page, "/wallboard?tv=1 (pl)");
});
