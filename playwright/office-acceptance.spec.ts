import { readWavInfo } from "@centrala/media";
import { expect, makeTenantAccount, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { fakeMicrophoneLaunchOptions, makeToneWav } from "./buildScreensHelpers";
import { canvasNode, waitForCanvas, waitUntilSaved } from "./editorHelpers";
import { closeToasts, insertPoolNumbers, placeSimulatedCall, readCallTranscript } from "./numbersHelpers";
import { openSignedOutPage, readOutboxLink } from "./teamHelpers";

// Issue 12's acceptance line, once per language, through the screens as an office would do it:
// sign up, claim a number, invite a colleague who sets a password, create extensions 101 and 102
// and a queue with both, upload a prompt and record another in the browser, publish the support
// template using them, call the number, leave a voicemail, find it in the inbox and its e-mail in
// the outbox. Each screen's details are the per-screen journeys' business; this one checks that
// the parts work together (and runs axe on every page it visits).
test.describe.configure({ timeout: 240_000 });
test.use({ contextOptions: { reducedMotion: "reduce" }, launchOptions: fakeMicrophoneLaunchOptions });

const journeys = [
  {
    lang: "en", locale: "en-GB", variant: "en",
    words: { reception: "Reception", sales: "Sales", queue: "Support", welcome: "Welcome", greeting: "Voicemail greeting", flow: "Support line", recording: "Recording", fromLibrary: "Recording from the library", longestWait: "Longest wait (s)", longestMessage: "Longest message (s)", voicemailFrom: "New voicemail from" },
  },
  {
    lang: "pl", locale: "pl-PL", variant: "pl",
    words: { reception: "Recepcja", sales: "Sprzedaż", queue: "Pomoc techniczna", welcome: "Powitanie", greeting: "Powitanie poczty głosowej", flow: "Infolinia", recording: "Nagranie", fromLibrary: "Nagranie z biblioteki", longestWait: "Najdłuższe oczekiwanie (s)", longestMessage: "Najdłuższa wiadomość (s)", voicemailFrom: "Nowa wiadomość głosowa od" },
  },
] as const;

for (const { lang, locale, variant, words } of journeys) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale });

    test(`an office goes from sign-up to a voicemail heard (${lang})`, async ({ signedInTenant: { page, email }, browser }) => {
      const started = Date.now();
      // axe runs here where this journey shows a page in a state no screen's own journey does (the
      // invitation, the editor with a template, the outbox and inbox holding a voicemail); the
      // screens' own journeys check the rest in both languages.

      // A number from the operator's pool.
      const pool = await insertPoolNumbers(1);
      const [e164] = pool.e164 as [string];
      await page.getByTestId("nav-numbers").click();
      await page.waitForURL("**/numbers");
      await page.getByTestId("pool-prefix").fill(pool.typed);
      await page.getByTestId("pool-search-submit").click();
      await page.getByTestId(`claim-${e164}`).click();
      await expect(page.getByTestId("number-row")).toHaveCount(1);
      await closeToasts(page);

      // A colleague, invited by e-mail, sets their password from the link in the outbox.
      const colleague = makeTenantAccount("Kolega");
      await page.getByTestId("nav-team").click();
      await page.waitForURL("**/team");
      await page.locator("#invite-email").fill(colleague.email);
      await page.getByTestId("invite-submit").click();
      await expect(page.getByTestId("invite-row")).toContainText(colleague.email);
      await closeToasts(page);
      const invitePath = await readOutboxLink(page, colleague.email, "/invite/");
      const guest = await openSignedOutPage(browser, locale);
      await guest.goto(invitePath);
      await expectAccessible(guest, "invitation");
      await guest.locator("#field-name").fill(colleague.name);
      await guest.locator("#field-password").fill(colleague.password);
      await guest.getByTestId("accept-invite-submit").click();
      await expect(guest.getByTestId("invite-joined")).toBeVisible();
      await guest.context().close();

      // Extensions 101 (with the voicemail box) and 102, and a queue with both.
      await page.getByTestId("nav-extensions").click();
      await page.waitForURL("**/extensions");
      for (const [number, name] of [["101", words.reception], ["102", words.sales]] as const) {
        await page.getByTestId("add-extension").first().click();
        await page.locator("#extension-number").fill(number);
        await page.locator("#extension-name").fill(name);
        if (number === "101") await page.locator("#extension-voicemail").click();
        await page.getByTestId("extension-save").click();
        await expect(page.getByTestId("sip-username")).toHaveText(number);
        await page.getByTestId("sip-credentials-done").click();
      }
      await expect(page.getByTestId("extension-table")).toContainText(words.sales);
      await closeToasts(page);

      await page.getByTestId("nav-queues").click();
      await page.waitForURL("**/queues");
      await page.getByTestId("new-queue").first().click();
      await page.waitForURL("**/queues/new");
      await page.locator("#queue-name").fill(words.queue);
      for (const agent of [`101 ${words.reception}`, `102 ${words.sales}`]) {
        await page.locator("#queue-add-agent").selectOption({ label: agent });
        await page.getByTestId("queue-add-agent").click();
      }
      await expect(page.getByTestId("queue-member-name")).toHaveText([`101 ${words.reception}`, `102 ${words.sales}`]);
      await page.getByTestId("queue-save").click();
      await page.waitForURL(/\/queues\/(?!new)[^/]+$/);

      // A welcome prompt from a WAV file, a voicemail greeting recorded with the microphone.
      await page.getByTestId("nav-prompts").click();
      await page.waitForURL("**/prompts");
      const promptCard = (name: string) => page.getByTestId("prompt-card").filter({ has: page.getByRole("heading", { name, exact: true }) });
      for (const name of [words.welcome, words.greeting]) {
        await page.getByTestId("new-prompt").first().click();
        await page.locator("#prompt-name").fill(name);
        await page.getByTestId("create-prompt").click();
        await expect(promptCard(name)).toBeVisible();
      }
      const uploaded = makeToneWav(1.3, 523);
      await promptCard(words.welcome).getByTestId(`variant-${variant}-file`).setInputFiles({ name: "welcome.wav", mimeType: "audio/wav", buffer: uploaded });
      await expect(promptCard(words.welcome).getByTestId(`variant-${variant}-duration`)).toBeVisible({ timeout: 30_000 });
      await promptCard(words.greeting).getByTestId(`variant-${variant}-record`).click();
      await page.getByTestId("recorder-start").click();
      await expect(page.getByTestId("recorder-elapsed")).toHaveText(/\b1 s$/, { timeout: 20_000 });
      await page.getByTestId("recorder-stop").click();
      await expect(page.getByTestId("recorder-upload")).toBeEnabled({ timeout: 20_000 });
      await page.getByTestId("recorder-upload").click();
      await expect(page.getByTestId("prompt-recorder")).toBeHidden({ timeout: 30_000 });
      await expect(promptCard(words.greeting).getByTestId(`variant-${variant}-duration`)).toBeVisible();
      await closeToasts(page);

      // The support template, with the welcome and the greeting switched to the recordings.
      await page.getByTestId("nav-flows").click();
      await page.waitForURL("**/flows");
      await page.getByTestId("new-flow").first().click();
      await page.waitForURL("**/flows/new");
      await page.locator("#field-name").fill(words.flow);
      await page.getByTestId("template-support-queue").check();
      await page.getByTestId("create-flow").click();
      await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
      await waitForCanvas(page);
      const panel = page.getByTestId("property-panel");
      const useRecording = async (kind: string, name: string) => {
        await canvasNode(page, kind).click();
        await panel.getByRole("radio", { name: words.recording, exact: true }).click();
        const picker = panel.getByRole("combobox", { name: words.fromLibrary });
        const value = await picker.locator("option").filter({ hasText: new RegExp(`^${name} · `) }).getAttribute("value");
        await picker.selectOption(value ?? "");
        return value ?? "";
      };
      const welcomeId = await useRecording("play", words.welcome);
      // Short waits and messages, so the simulated call is over in seconds.
      await useRecording("voicemail", words.greeting);
      await panel.getByLabel(words.longestMessage).fill("5");
      await canvasNode(page, "queue").click();
      await panel.getByRole("combobox").filter({ has: page.locator("option", { hasText: words.queue }) }).first().selectOption({ label: words.queue });
      await panel.getByLabel(words.longestWait).fill("30");
      await waitUntilSaved(page);
      await expectAccessible(page, "editor");
      await page.getByTestId("publish-button").click();
      await page.getByTestId("publish-confirm").click();
      await expect(page.getByTestId("live-badge")).toBeVisible();

      // The number rings into the published flow.
      await page.getByTestId("nav-numbers").click();
      await page.waitForURL("**/numbers");
      await page.getByTestId(`route-${e164}`).click();
      await page.getByRole("option", { name: words.flow }).click();
      await expect(page.getByTestId(`route-${e164}`)).toContainText(words.flow);

      // A caller rings it: the welcome plays from a signed URL that answers with the uploaded
      // audio; nobody answers in the queue or the team, so the caller leaves a message.
      const caller = "+48601234567";
      const transcript = readCallTranscript(await placeSimulatedCall(page, e164, [], { from: caller, hangUpAfterMs: 600_000, dialTargets: { "101": { noAnswer: true }, "102": { noAnswer: true } } }));
      const played = transcript.filter((event) => event.kind === "hear" && event.what === "play").map((event) => event.url ?? "");
      const welcomeUrl = played.find((url) => url.includes(`/${welcomeId}/`));
      expect(welcomeUrl, JSON.stringify(transcript)).toBeDefined();
      const audio = await page.request.get(welcomeUrl ?? "");
      expect(audio.status()).toBe(200);
      expect(audio.headers()["content-type"]).toMatch(/^audio\//);
      expect(readWavInfo(await audio.body())?.durationMs).toBeCloseTo(1300, -2);
      expect(transcript.some((event) => event.kind === "listen"), JSON.stringify(transcript)).toBe(true);

      // The voicemail's e-mail reaches the outbox; its link opens the message in the inbox.
      const mail = page.getByTestId("outbox-message").filter({ hasText: words.voicemailFrom });
      await expect(async () => {
        await page.goto("/dev/outbox");
        await expect(mail).toHaveCount(1, { timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
      await expectAccessible(page, "outbox with the voicemail e-mail");
      const link = (await mail.getByTestId("outbox-message-link").getAttribute("href")) ?? "";
      await page.goto(new URL(link).pathname + new URL(link).search);
      const message = page.getByTestId("voicemail-message");
      await expect(message).toHaveCount(1);
      await expect(message.getByTestId("voicemail-caller")).toContainText("+48 601 234 567");
      await expectAccessible(page, "voicemail inbox");
      const player = message.getByTestId("voicemail-player");
      expect(await player.evaluate(async (element: HTMLAudioElement) => {
        element.muted = true;
        await element.play();
        return element.duration;
      })).toBeGreaterThan(0);
      const recording = await page.request.get((await player.getAttribute("src")) ?? "");
      expect(recording.status()).toBe(200);
      expect(recording.headers()["content-type"]).toBe("audio/wav");
      test.info().annotations.push({ type: "duration", description: `${lang}: ${((Date.now() - started) / 1000).toFixed(1)} s after sign-up` });
    });
  });
}
