import { z } from 'zod';

const behaviourSchema = z.strictObject({
  answerAfterMs: z.number().min(0).optional(),
  busy: z.boolean().optional(),
  noAnswer: z.boolean().optional(),
  declines: z.boolean().optional(),
  failWithSipStatus: z.number().int().min(300).max(699).optional(),
  rejectAfterMs: z.number().min(0).optional(),
  talkMs: z.number().min(0).optional(),
  acceptsConfirm: z.boolean().optional(),
  pressDigits: z.array(z.strictObject({ atMs: z.number().min(0), digits: z.string().regex(/^[0-9*#]+$/) })).optional(),
});

/** Body of POST /sim/calls: a call "from the carrier", with what the caller and the rung parties do. */
export const simCallSchema = z.strictObject({
  to: z.string().min(1).max(64),
  from: z.string().min(1).max(64).optional(),
  /** Carrier sid or name; default: the first active carrier. */
  carrier: z.string().optional(),
  /** 'virtual' (default): simulated time, a queue scenario ends in seconds; 'real': wall-clock time. */
  clock: z.enum(['virtual', 'real']).optional(),
  /** Extra INVITE headers (e.g. X-Centrala-Clock). */
  sipHeaders: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string().max(1024)).optional(),
  /** Keys to press at each gather, in order. */
  press: z.array(z.string().regex(/^[0-9*#]+$/)).optional(),
  /** Words to say at each speech gather, in order. */
  say: z.array(z.string().min(1).max(500)).optional(),
  hangUpAfterMs: z.number().min(0).optional(),
  /** How dial targets and REST-called agents behave, by number, user name / extension, or SIP URI. */
  dialTargets: z.record(z.string(), z.union([behaviourSchema, z.array(behaviourSchema).min(1).max(50)])).optional(),
});

export type SimCallRequest = z.infer<typeof simCallSchema>;

/** Body of POST/DELETE /sim/registrations: a SIP user registering under an account's realm. */
export const simRegistrationSchema = z.strictObject({ realm: z.string().min(1), user: z.string().min(1), contact: z.string().optional() });
