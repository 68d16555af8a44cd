/** The e-mails Centrala sends, with what each needs to say. */
export type EmailContent =
  | { kind: "invite"; tenantName: string; inviterName: string; role: string; link: string; expiresAt: Date; timeZone: string }
  | { kind: "passwordReset"; name: string; link: string; validMinutes: number }
  | { kind: "voicemail"; tenantName: string; mailbox: string; callerNumber: string; receivedAt: Date; durationSeconds: number; link: string; timeZone: string };

export type EmailLocale = "pl" | "en";
export type RenderedEmail = { subject: string; text: string; html: string };

const roleNames: Record<EmailLocale, Record<string, string>> = {
  en: { owner: "owner", admin: "administrator", supervisor: "supervisor", agent: "agent", designer: "flow designer", viewer: "viewer" },
  pl: { owner: "właściciel", admin: "administrator", supervisor: "kierownik zespołu", agent: "konsultant", designer: "projektant scenariuszy", viewer: "obserwator" },
};

/** Polish shows "06.01.2026 09:00" whatever the machine's locale; English "6 Jan 2026, 09:00". */
function formatMoment(date: Date, locale: EmailLocale, timeZone: string): string {
  if (locale === "pl") {
    const parts = Object.fromEntries(new Intl.DateTimeFormat("pl-PL", { timeZone, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date).map((part) => [part.type, part.value]));
    return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
  }
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "1 minuta", "2 minuty", "5 minut": Polish plurals by the number's ending. */
function pluralPl(count: number, one: string, few: string, many: string): string {
  if (count === 1) return one;
  const few10 = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
  return few10 ? few : many;
}

function formatDuration(seconds: number, locale: EmailLocale): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return locale === "pl" ? `${whole} ${pluralPl(whole, "sekunda", "sekundy", "sekund")}` : `${whole} second${whole === 1 ? "" : "s"}`;
  const minutes = Math.floor(whole / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return locale === "pl" ? `${minutes}:${rest} min` : `${minutes}:${rest} min`;
}

type Body = { subject: string; greeting: string; paragraphs: string[]; action: { label: string; link: string }; footer: string };

const compose: { [K in EmailContent["kind"]]: (content: Extract<EmailContent, { kind: K }>, locale: EmailLocale) => Body } = {
  invite: (c, locale) => locale === "pl"
    ? {
      subject: `Zaproszenie do ${c.tenantName} w Centrali`,
      greeting: "Dzień dobry,",
      paragraphs: [`${c.inviterName} zaprasza Cię do organizacji ${c.tenantName} w Centrali jako: ${roleNames.pl[c.role] ?? c.role}.`, `Zaproszenie jest ważne do ${formatMoment(c.expiresAt, locale, c.timeZone)} i działa tylko raz.`],
      action: { label: "Przyjmij zaproszenie", link: c.link },
      footer: "Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.",
    }
    : {
      subject: `You are invited to ${c.tenantName} on Centrala`,
      greeting: "Hello,",
      paragraphs: [`${c.inviterName} invites you to join ${c.tenantName} on Centrala as ${/^[aeiou]/.test(roleNames.en[c.role] ?? c.role) ? "an" : "a"} ${roleNames.en[c.role] ?? c.role}.`, `The invitation works once and until ${formatMoment(c.expiresAt, locale, c.timeZone)}.`],
      action: { label: "Accept the invitation", link: c.link },
      footer: "If you did not expect this invitation, you can ignore this e-mail.",
    },
  passwordReset: (c, locale) => locale === "pl"
    ? {
      subject: "Ustaw nowe hasło do Centrali",
      greeting: `Dzień dobry, ${c.name},`,
      paragraphs: [`Ktoś (najpewniej Ty) poprosił o nowe hasło do Centrali. Link działa raz, przez ${c.validMinutes} ${pluralPl(c.validMinutes, "minutę", "minuty", "minut")}.`],
      action: { label: "Ustaw nowe hasło", link: c.link },
      footer: "Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.",
    }
    : {
      subject: "Set a new Centrala password",
      greeting: `Hello ${c.name},`,
      paragraphs: [`Someone (most likely you) asked for a new Centrala password. The link works once, for ${c.validMinutes} minutes.`],
      action: { label: "Set a new password", link: c.link },
      footer: "If it was not you, ignore this e-mail: your password stays as it is.",
    },
  voicemail: (c, locale) => locale === "pl"
    ? {
      subject: `Nowa wiadomość głosowa od ${c.callerNumber} (${c.mailbox})`,
      greeting: "Dzień dobry,",
      paragraphs: [`W skrzynce ${c.mailbox} organizacji ${c.tenantName} jest nowa wiadomość.`, `Od: ${c.callerNumber}\nKiedy: ${formatMoment(c.receivedAt, locale, c.timeZone)}\nDługość: ${formatDuration(c.durationSeconds, locale)}`],
      action: { label: "Odsłuchaj wiadomość", link: c.link },
      footer: "Dostajesz tę wiadomość, bo należysz do odbiorców tej skrzynki.",
    }
    : {
      subject: `New voicemail from ${c.callerNumber} (${c.mailbox})`,
      greeting: "Hello,",
      paragraphs: [`There is a new message in the ${c.mailbox} voicemail box of ${c.tenantName}.`, `From: ${c.callerNumber}\nWhen: ${formatMoment(c.receivedAt, locale, c.timeZone)}\nLength: ${formatDuration(c.durationSeconds, locale)}`],
      action: { label: "Listen to the message", link: c.link },
      footer: "You get this e-mail because you are notified about this voicemail box.",
    },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

/** Writes one e-mail in the recipient's language, as plain text and as simple HTML with the same words. */
export function renderEmail(content: EmailContent, locale: EmailLocale): RenderedEmail {
  const body = (compose[content.kind] as (c: EmailContent, l: EmailLocale) => Body)(content, locale);
  const text = [body.greeting, "", ...body.paragraphs.flatMap((p) => [p, ""]), `${body.action.label}: ${body.action.link}`, "", body.footer, ""].join("\n");
  const paragraphs = body.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n");
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family: sans-serif; line-height: 1.5; color: #0f172a">
<p>${escapeHtml(body.greeting)}</p>
${paragraphs}
<p><a href="${escapeHtml(body.action.link)}" style="display: inline-block; padding: 10px 16px; background: #0f766e; color: #ffffff; border-radius: 6px; text-decoration: none">${escapeHtml(body.action.label)}</a></p>
<p style="color: #475569; font-size: 14px">${escapeHtml(body.footer)}</p>
</body></html>
`;
  return { subject: body.subject, text, html };
}

/** The e-mail language for a stored preference ("pl", "pl-PL", "en-US"...): Polish or English. */
export function pickEmailLocale(preference: string | null | undefined): EmailLocale {
  return preference?.toLowerCase().startsWith("pl") ? "pl" : "en";
}
