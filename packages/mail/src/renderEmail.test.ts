import { describe, expect, it } from "vitest";
import { pickEmailLocale, renderEmail } from "./renderEmail";

describe("renderEmail", () => {
  const invite = { kind: "invite" as const, tenantName: "Biuro <Kowalski>", inviterName: "Anna", role: "admin", link: "https://app.test/invite/t0k", expiresAt: new Date("2026-01-06T08:00:00Z"), timeZone: "Europe/Warsaw" };

  it("writes an invitation in Polish with 24-hour Polish dates and the role in Polish", () => {
    const email = renderEmail(invite, "pl");
    expect(email.subject).toBe("Zaproszenie do Biuro <Kowalski> w Centrali");
    expect(email.text).toContain("jako: administrator");
    expect(email.text).toContain("ważne do 06.01.2026 09:00");
    expect(email.text).toContain("Przyjmij zaproszenie: https://app.test/invite/t0k");
    expect(email.html).toContain("Biuro &lt;Kowalski&gt;");
    expect(email.html).not.toContain("<Kowalski>");
  });

  it("writes the same invitation in English", () => {
    const email = renderEmail(invite, "en");
    expect(email.text).toContain("as an administrator");
    expect(email.text).toContain("until 6 Jan 2026, 09:00");
  });

  it("writes a voicemail notice with the caller, time and length, with Polish plurals", () => {
    const base = { kind: "voicemail" as const, tenantName: "Biuro", mailbox: "101 Anna", callerNumber: "+48 601 234 567", receivedAt: new Date("2026-12-02T13:05:00Z"), link: "https://app.test/voicemail?message=r1", timeZone: "Europe/Warsaw" };
    expect(renderEmail({ ...base, durationSeconds: 22 }, "pl").text).toContain("Długość: 22 sekundy");
    expect(renderEmail({ ...base, durationSeconds: 25 }, "pl").text).toContain("Długość: 25 sekund");
    expect(renderEmail({ ...base, durationSeconds: 95 }, "pl").text).toContain("Kiedy: 02.12.2026 14:05\nDługość: 1:35 min");
    expect(renderEmail({ ...base, durationSeconds: 1 }, "en").subject).toBe("New voicemail from +48 601 234 567 (101 Anna)");
  });

  it("picks Polish for pl and pl-PL, English otherwise", () => {
    expect([pickEmailLocale("pl"), pickEmailLocale("pl-PL"), pickEmailLocale("en-US"), pickEmailLocale(null)]).toEqual(["pl", "pl", "en", "en"]);
  });
});
