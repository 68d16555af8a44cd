import { placeSimulatedCall, setUpCallCentre } from "./callCentreHelpers";
import { expectAccessible } from "./expectAccessible";
import { expect, test } from "./fixtures";

// The agent desk end to end: a member linked to extension 101 goes available, a simulated caller
// queues, the dispatcher in the runtime rings 101 (the simulated phone answers), the call shows on
// the desk live, and the agent transfers the caller to 102 from the page.
test("an agent goes available, takes a queued caller live and transfers them from the desk", async ({ signedInTenant: { page, email } }) => {
  test.setTimeout(180_000);
  await page.goto("/desk");
  await expect(page.getByTestId("desk-no-extension")).toContainText("Ask an admin to link you to an extension");

  const centre = await setUpCallCentre(email, { queueName: "Support", extensions: ["101", "102"], members: ["101"], wrapUpSeconds: 60 });
  await page.goto("/desk");
  await expect(page.getByTestId("desk-extension")).toContainText("101");
  await expect(page.getByTestId("live-badge")).toHaveAttribute("data-live", "yes");
  await expect(page.getByTestId("desk-no-call")).toBeVisible();
  await expectAccessible(page, "/desk, offline");

  await page.getByTestId("desk-go-available").click();
  await expect(page.getByTestId("desk-state")).toHaveAttribute("data-state", "available");
  await expect(page.getByTestId("desk-state")).toHaveText("Available");

  placeSimulatedCall(centre.number, {
    from: "+48601234567", hangUpAfterMs: 90_000,
    dialTargets: { "101": { answerAfterMs: 1500, talkMs: 120_000 }, "102": { answerAfterMs: 500, talkMs: 30_000 } },
  });
  // The offer, then the conversation, appear without reloading the page.
  const call = page.getByTestId("desk-call");
  await expect(page.getByTestId("desk-caller")).toHaveText("+48601234567", { timeout: 30_000 });
  await expect(page.getByTestId("desk-queue")).toHaveText("Support");
  await expect(call).toHaveAttribute("data-status", "onCall", { timeout: 30_000 });
  await expect(page.getByTestId("desk-state")).toHaveText("On a call");
  await expectAccessible(page, "/desk, on a call");

  // Meanwhile on the wallboard: the agent is on a call with that caller, and a supervisor (the
  // owner) is offered listen / whisper / barge for it.
  const board = await page.context().newPage();
  await board.goto("/wallboard");
  const agentRow = board.getByTestId("wallboard-agent").filter({ hasText: "101" });
  await expect(agentRow).toHaveAttribute("data-state", "onCall");
  await expect(agentRow).toContainText("+48601234567");
  await expect(agentRow.getByTestId("supervise-listen")).toBeVisible();
  await expect(board.getByTestId("wallboard-queue").getByTestId("queue-answered")).toHaveText("1");
  await board.close();

  await page.getByTestId("desk-target-value").fill("102");
  await page.getByTestId("desk-transfer-blind").click();
  await expect(page.getByText("Done: transfer sent to the phone system.")).toBeVisible({ timeout: 30_000 });
  // The agent is off the call: wrap-up counts down, and "Ready now" ends it.
  await expect(page.getByTestId("desk-wrap-up")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("desk-no-call")).toBeVisible();
  await page.getByTestId("desk-ready-now").click();
  await expect(page.getByTestId("desk-state")).toHaveAttribute("data-state", "available", { timeout: 15_000 });
  await expect(page.getByTestId("desk-today-calls")).toHaveText("1");
});
