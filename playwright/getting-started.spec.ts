import { expect, makeTenantAccount, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { insertPoolNumbers, placeSimulatedCall, publishFixtureFlow } from "./numbersHelpers";

test.describe.configure({ timeout: 180_000 });
test.use({ contextOptions: { reducedMotion: "reduce" } });

// A new owner lands on the flows page with a four-step checklist; each step ticks itself as it is
// done (claim a number, invite someone and create an extension, publish a flow on the number, a
// call to it), and the checklist goes away when all four are done.
test("the getting-started checklist leads a new owner to a first call", async ({ signedInTenant: { page } }) => {
  const checklist = page.getByTestId("getting-started");
  await expect(checklist).toBeVisible();
  await expect(page.getByTestId("getting-started-progress")).toHaveText("0 of 4 done");
  await expectAccessible(page, "the flows page with the checklist");

  const pool = await insertPoolNumbers(1);
  const [e164] = pool.e164 as [string];
  await page.getByTestId("step-link-claimNumber").click();
  await page.waitForURL("**/numbers");
  await page.getByTestId("pool-prefix").fill(pool.typed);
  await page.getByTestId("pool-search-submit").click();
  await page.getByTestId(`claim-${e164}`).click();
  await expect(page.getByTestId("number-row")).toHaveCount(1);

  await page.getByTestId("nav-flows").click();
  await page.waitForURL("**/flows");
  await expect(page.getByTestId("step-claimNumber")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("getting-started-progress")).toHaveText("1 of 4 done");

  expect((await page.request.post("/api/team/invites", { data: { email: makeTenantAccount().email, role: "agent" } })).status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId("step-addPeopleAndExtensions")).toHaveAttribute("data-done", "false");
  const extension = await page.request.post("/api/extensions", { data: { number: "101", name: "Reception" } });
  expect(extension.status(), await extension.text()).toBe(201);

  const flowId = await publishFixtureFlow(page, "Front desk");
  const { numbers } = (await (await page.request.get("/api/numbers")).json()) as { numbers: { id: string; e164: string }[] };
  const numberId = numbers.find((number) => number.e164 === e164)?.id;
  expect((await page.request.patch(`/api/numbers/${numberId}`, { data: { flowId } })).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("step-addPeopleAndExtensions")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("step-publishFlow")).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("getting-started-progress")).toHaveText("3 of 4 done");

  // The carrier delivers a call to the new number; the published flow answers it.
  await placeSimulatedCall(page, e164, ["1"]);
  await expect(async () => {
    await page.reload();
    await expect(checklist).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
