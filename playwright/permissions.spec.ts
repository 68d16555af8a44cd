import { expect, makeTenantAccount, signInThroughUi, signUpThroughUi, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";

test.describe.configure({ timeout: 240_000 });

type OutboxMessage = { toEmail: string; text: string };

// One permission table for pages, actions and the API, read afresh on every request: a colleague's
// new role or removal counts on their very next click, without signing in again.
test("a viewer sees only what the role allows; a new role and a removal count at once", async ({ page, browser }) => {
  await signUpThroughUi(page);
  await expect(page.getByTestId("nav-flows")).toBeVisible();
  await expect(page.getByTestId("member-role")).toHaveText("Role: Owner");

  const colleague = makeTenantAccount("Kolega");
  const invited = await page.request.post("/api/team/invites", { data: { email: colleague.email, role: "viewer" } });
  expect(invited.status()).toBe(201);
  const outbox = (await (await page.request.get("/api/dev/outbox")).json()) as { messages: OutboxMessage[] };
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(outbox.messages.find((message) => message.toEmail === colleague.email)?.text ?? "")?.[1];
  expect(token).toBeTruthy();

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: test.info().project.use.extraHTTPHeaders });
  const viewer = await context.newPage();
  expect((await viewer.request.post(`/api/invites/${token}/accept`, { data: { name: colleague.name, password: colleague.password } })).status()).toBe(201);
  await viewer.goto("/login");
  await signInThroughUi(viewer, colleague.email, colleague.password);
  await viewer.waitForURL("**/flows");
  await expect(viewer.getByTestId("member-role")).toHaveText("Role: Viewer");
  await expect(viewer.getByTestId("new-flow")).toHaveCount(0);

  await viewer.goto("/flows/new");
  await expect(viewer.getByTestId("no-access")).toContainText("Your role (Viewer) does not give access to this page.");
  await expectAccessible(viewer, "the no-access page");
  const refused = await viewer.request.post("/api/flows", { data: { name: "Nope" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe("Your role (Viewer) does not allow you to change flows.");

  const team = (await (await page.request.get("/api/team")).json()) as { members: { id: string; email: string }[] };
  const memberId = team.members.find((member) => member.email === colleague.email)?.id;
  expect((await page.request.patch(`/api/team/members/${memberId}`, { data: { role: "designer" } })).status()).toBe(200);
  await viewer.goto("/flows/new");
  await expect(viewer.getByTestId("new-flow-form")).toBeVisible();
  await expect(viewer.getByTestId("member-role")).toHaveText("Role: Flow designer");

  expect((await page.request.delete(`/api/team/members/${memberId}`)).status()).toBe(200);
  const gone = await viewer.request.get("/api/flows");
  expect(gone.status()).toBe(401);
  expect((await gone.json()).error.code).toBe("MEMBERSHIP_ENDED");
  await viewer.goto("/flows");
  await expect(viewer.getByTestId("no-access")).toContainText("You are no longer a member of this organisation");
  await context.close();
});
