import { z } from "zod";

/**
 * Every background job: its pg-boss queue name, payload schema and retry policy. Payloads are
 * ids only; the worker reads the rows (so a retried job sees the current state).
 */
export const jobDefinitions = {
  /** Deliver one EmailMessage row (SMTP, or the outbox when no SMTP server is configured). */
  sendEmail: {
    queue: "email-send",
    schema: z.object({ emailId: z.string().min(1) }),
    // 6 tries over about 30 minutes (30 s, 1 min, 2 min, 4 min, 8 min, 16 min): an SMTP server that is
    // down for a while still gets the message out.
    retry: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  },
  /** E-mail the members of a voicemail box about a new message. */
  voicemailReceived: {
    queue: "voicemail-received",
    schema: z.object({ recordingId: z.string().min(1) }),
    retry: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 60 },
  },
  /**
   * Delete call recordings older than their organisation's retention, and recordings deleted by a
   * person whose undo window has passed: rows, then files. Queued by the worker's hourly timer.
   */
  purgeRecordings: {
    queue: "recordings-purge",
    schema: z.object({}),
    retry: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
  },
} as const;

export type JobName = keyof typeof jobDefinitions;
export type JobPayload<N extends JobName> = z.infer<(typeof jobDefinitions)[N]["schema"]>;
