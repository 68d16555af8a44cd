import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { createExtensionThroughApi, publishTemplateThroughApi, signUpStranger } from "./buildScreensHelpers";

test.describe.configure({ timeout: 180_000 });

test("a queue gets agents in order, ringing, waiting and recording rules, and stays while a published flow uses it", async ({ signedInTenant: { page }, browser }) => {
  await page.goto("/queues");
  await expect(page.getByTestId("queues-empty")).toContainText("Create a queue");
  await expectAccessible(page, "empty queues");

  for (const [number, name] of [["101", "Anna"], ["102", "Bartek"], ["103", "Celina"]] as const) await createExtensionThroughApi(page.request, number, name, number === "101");
  const prompt = await page.request.post("/api/prompts", { data: { name: "Hold tune" } });
  expect(prompt.status()).toBe(201);

  await page.getByTestId("queues-empty").getByTestId("new-queue").click();
  await page.waitForURL("**/queues/new");
  await page.getByLabel("Name", { exact: true }).fill("Sales");
  for (const name of ["101 Anna", "102 Bartek", "103 Celina"]) {
    await page.getByLabel("Add an agent").selectOption({ label: name });
    await page.getByTestId("queue-add-agent").click();
  }
  await page.getByRole("button", { name: "Move 103 Celina up" }).click();
  await expect(page.getByTestId("queue-member-name")).toHaveText(["101 Anna", "103 Celina", "102 Bartek"]);
  await page.getByLabel("Priority of 102 Bartek").fill("5");
  await page.getByLabel("How agents are rung").selectOption({ label: "Round robin (take turns)" });
  await page.getByLabel("Ring each agent for (seconds)").fill("500");
  await page.getByLabel("Longest wait (seconds)").fill("600");
  await page.getByLabel("After the longest wait").selectOption("voicemail");
  await page.getByLabel("Where to").selectOption({ label: "101 Anna" });
  await page.getByLabel("Add a prompt to the music").selectOption({ label: "Hold tune" });
  await page.getByTestId("queue-add-hold").click();
  await page.getByRole("switch", { name: "Tell callers the expected wait" }).click();
  await expect(page.getByTestId("queue-wording")).toContainText("expected wait is about");
  await page.getByLabel("Record calls").selectOption("always");
  await expectAccessible(page, "new queue form");
  await page.getByTestId("queue-save").click();
  await expect(page.getByTestId("error-ringSeconds")).toContainText("between 5 and 120 seconds");
  await page.getByLabel("Ring each agent for (seconds)").fill("15");
  await page.getByTestId("queue-save").click();
  await page.waitForURL(/\/queues\/(?!new)[^/]+$/);
  const queueId = new URL(page.url()).pathname.split("/").pop() ?? "";

  await page.reload();
  await expect(page.getByTestId("page-title")).toHaveText("Queue “Sales”");
  await expect(page.getByTestId("queue-member-name")).toHaveText(["101 Anna", "103 Celina", "102 Bartek"]);
  await expect(page.getByLabel("Priority of 102 Bartek")).toHaveValue("5");
  await expect(page.getByLabel("How agents are rung")).toHaveValue("roundRobin");
  await expect(page.getByLabel("Ring each agent for (seconds)")).toHaveValue("15");
  await expect(page.getByLabel("Where to")).toHaveValue("101");
  await expect(page.getByTestId("hold-music")).toContainText("Hold tune");
  await expect(page.getByLabel("Record calls")).toHaveValue("always");
  await expectAccessible(page, "queue settings");

  // Renaming keeps it; the list shows it with its agents.
  await page.getByLabel("Name", { exact: true }).fill("Sales team");
  await page.getByTestId("queue-save").click();
  await expect(page.getByTestId("page-title")).toHaveText("Queue “Sales team”");
  await page.goto("/queues");
  await expect(page.getByTestId("queue-table")).toContainText("Sales team");
  await expect(page.getByTestId("queue-table")).toContainText("3 agents");
  await expectAccessible(page, "queue list");

  // A published flow sends callers to it: deleting is refused with the flow named.
  await publishTemplateThroughApi(page.request, "support-queue", "Support line", { extensions: { desk: { use: "101" }, agent: { use: "102" } }, queues: { support: { use: queueId } } });
  await page.getByTestId("queue-link").click();
  await page.getByTestId("delete-queue").click();
  await page.getByTestId("confirm-delete-queue").getByRole("button", { name: "Delete queue" }).click();
  await expect(page.getByTestId("in-use-notice")).toContainText("Support line");

  // Another organisation cannot see or change it.
  const stranger = await signUpStranger(browser);
  try {
    expect(((await (await stranger.page.request.get("/api/queues")).json()) as { queues: unknown[] }).queues).toEqual([]);
    expect((await stranger.page.request.get(`/api/queues/${queueId}`)).status()).toBe(404);
    expect((await stranger.page.request.patch(`/api/queues/${queueId}`, { data: { name: "Taken" } })).status()).toBe(404);
    expect((await stranger.page.request.delete(`/api/queues/${queueId}`)).status()).toBe(404);
    const page404 = await stranger.page.goto(`/queues/${queueId}`);
    expect(page404?.status()).toBe(404);
  } finally {
    await stranger.close();
  }
  await page.reload();
  await expect(page.getByTestId("page-title")).toHaveText("Queue “Sales team”");
});

test.describe("in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("a Polish office creates a queue and reads the errors in Polish", async ({ signedInTenant: { page } }) => {
    await page.goto("/queues/new");
    await expect(page.getByTestId("queue-no-extensions")).toContainText("Nie masz jeszcze numerów wewnętrznych");
    await page.getByTestId("queue-save").click();
    await expect(page.getByTestId("error-name")).toHaveText(/Wpisz nazwę/);
    await page.getByLabel("Nazwa", { exact: true }).fill("Pomoc techniczna");
    await page.getByLabel("Po najdłuższym czekaniu").selectOption("external");
    await page.getByLabel("Numer zewnętrzny").fill("601");
    await page.getByTestId("queue-save").click();
    await expect(page.getByTestId("error-overflowTarget")).toContainText("pełny numer międzynarodowy");
    await page.getByLabel("Numer zewnętrzny").fill("+48601234567");
    await expectAccessible(page, "nowa kolejka");
    await page.getByTestId("queue-save").click();
    await page.waitForURL(/\/queues\/(?!new)[^/]+$/);
    await expect(page.getByTestId("page-title")).toHaveText("Kolejka „Pomoc techniczna”");
    await page.goto("/queues");
    await expect(page.getByTestId("queue-table")).toContainText("Brak agentów");
  });
});
