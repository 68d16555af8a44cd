import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export type MailEnvelope = { from: string; to: string; subject: string; text: string; html: string };

/** Sends one message; resolves with the server's message id, rejects with the SMTP error. */
export type MailTransport = { send(message: MailEnvelope): Promise<string>; close(): void };

/**
 * An SMTP transport from a URL such as `smtps://user:pass@smtp.example.com:465` or
 * `smtp://127.0.0.1:2525` (nodemailer reads the TLS choice, port and credentials from it).
 */
export function createMailTransport(smtpUrl: string, options: { timeoutMs?: number } = {}): MailTransport {
  const timeout = options.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout } as SMTPTransport.Options);
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      return String(info.messageId);
    },
    close() {
      transport.close();
    },
  };
}
