import { z } from "zod";
import { promptSchema } from "@centrala/flow";
import { isValidPhoneNumber } from "../numbers/formatPhoneNumber";

const e164 = z.string().trim().refine(isValidPhoneNumber, "extensions.errors.phone");

const editable = {
  name: z.string().trim().min(1, "extensions.errors.name").max(80),
  userId: z.string().min(1).max(64).nullable(),
  forwardTo: e164.nullable(),
  voicemailEnabled: z.boolean(),
  voicemailGreeting: promptSchema.nullable(),
  notifyUserIds: z.array(z.string().min(1).max(64)).max(50),
};

/** POST /api/extensions. The number is the extension's identity: 2 to 6 digits, never changed later. */
export const createExtensionBodySchema = z.strictObject({
  number: z.string().trim().regex(/^\d{2,6}$/, "extensions.errors.numberFormat"),
  ...editable,
  userId: editable.userId.optional(),
  forwardTo: editable.forwardTo.optional(),
  voicemailEnabled: editable.voicemailEnabled.optional(),
  voicemailGreeting: editable.voicemailGreeting.optional(),
  notifyUserIds: editable.notifyUserIds.optional(),
});

/** PATCH /api/extensions/[id]: anything but the number. */
export const patchExtensionBodySchema = z.strictObject({
  name: editable.name.optional(),
  userId: editable.userId.optional(),
  forwardTo: editable.forwardTo.optional(),
  voicemailEnabled: editable.voicemailEnabled.optional(),
  voicemailGreeting: editable.voicemailGreeting.optional(),
  notifyUserIds: editable.notifyUserIds.optional(),
  number: z.never({ error: "extensions.errors.numberFixed" }).optional(),
});
