import { z } from "zod";
import { checkPassword } from "../auth/checkPassword";
import { roles } from "../auth/permissions";

export const memberRoles = roles;

const email = z.string().trim().min(1, "team.errors.emailMissing").max(254).pipe(z.email({ error: "team.errors.emailInvalid" }));

/** A new password, checked against the sign-up policy (length and kinds of characters). */
export const newPasswordSchema = z.string().min(1, "Enter a password").superRefine((password, ctx) => {
  if (password === "") return;
  for (const problem of checkPassword(password)) if ("key" in problem) ctx.addIssue({ code: "custom", message: problem.key, ...(problem.params ? { params: problem.params } : {}) });
});

export const inviteBodySchema = z.strictObject({ email, role: z.enum(memberRoles, { error: "team.errors.role" }) });
export const changeRoleBodySchema = z.strictObject({ role: z.enum(memberRoles, { error: "team.errors.role" }) });
/** Accepting an invitation with an account elsewhere: its password (a name, if sent, is ignored). */
export const acceptInviteBodySchema = z.strictObject({ name: z.string().max(100).optional(), password: z.string().min(1, "Enter your password").max(200) });
/** Accepting an invitation as a new person: a name and a password that meets the policy. */
export const acceptInviteAsNewBodySchema = z.strictObject({ name: z.string().trim().min(1, "team.errors.name").max(100), password: newPasswordSchema });
export const requestResetBodySchema = z.strictObject({ email });
export const resetPasswordBodySchema = z.strictObject({ password: newPasswordSchema });
export const changePasswordBodySchema = z.strictObject({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: newPasswordSchema });
