import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createMailTransport } from "./createMailTransport";
import { renderEmail } from "./renderEmail";

// A real SMTP server on loopback (the smtp-server package), so the transport is tested over SMTP.
const received: { from: string; to: string[]; data: string }[] = [];
let server: SMTPServer;
const port = 3461;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounce")) return callback(new Error("550 No such mailbox"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("SMTP transport", () => {
  it("delivers a rendered Polish message with its subject and link", async () => {
    const transport = createMailTransport(`smtp://127.0.0.1:${port}`);
    const email = renderEmail({ kind: "passwordReset", name: "Ola", link: "http://localhost:3000/reset/abc", validMinutes: 60 }, "pl");
    await transport.send({ from: "Centrala <no-reply@centrala.test>", to: "ola@example.test", ...email });
    transport.close();
    const message = received.at(-1);
    expect(message?.to).toEqual(["ola@example.test"]);
    expect(message?.from).toBe("no-reply@centrala.test");
    expect(message?.data).toContain("Subject: =?UTF-8?");
    expect(message?.data).toContain("http://localhost:3000/reset/abc");
  });

  it("rejects with the server's answer when the recipient is refused", async () => {
    const transport = createMailTransport(`smtp://127.0.0.1:${port}`);
    const email = renderEmail({ kind: "passwordReset", name: "X", link: "http://x/", validMinutes: 60 }, "en");
    await expect(transport.send({ from: "a@centrala.test", to: "bounce@example.test", ...email })).rejects.toThrow(/No such mailbox/);
    transport.close();
  });

  it("fails fast when no server listens", async () => {
    const transport = createMailTransport("smtp://127.0.0.1:3462", { timeoutMs: 2000 });
    const email = renderEmail({ kind: "passwordReset", name: "X", link: "http://x/", validMinutes: 60 }, "en");
    await expect(transport.send({ from: "a@centrala.test", to: "x@example.test", ...email })).rejects.toThrow(/ECONNREFUSED/);
    transport.close();
  });
});
