import { z } from "zod";
import { checkPassword } from "../auth/checkPassword";

export const memberRoles = ["owner", "admin", "editor", "viewer"] as const;

const email = z.string().trim().min(1, "Enter an e-mail address").max(254).pipe(z.email({ error: "This is not an e-mail address" }));

/** A new password, checked against the sign-up policy (length and kinds of characters). */
export const newPasswordSchema = z.string().min(1, "Enter a password").superRefine((password, ctx) => {
  if (password === "") return;
  for (const problem of checkPassword(password)) if ("key" in problem) ctx.addIssue({ code: "custom", message: problem.key, ...(problem.params ? { params: problem.params } : {}) });
});

export const inviteBodySchema = z.strictObject({ email, role: z.enum(memberRoles, { error: "Choose a role" }) });
export const changeRoleBodySchema = z.strictObject({ role: z.enum(memberRoles, { error: "Choose a role" }) });
/** Accepting an invitation: a new person sets a name and password; someone with an account gives its password. */
export const acceptInviteBodySchema = z.union([
  z.strictObject({ name: z.string().trim().min(1, "Enter your name").max(100), password: newPasswordSchema }),
  z.strictObject({ password: z.string().min(1, "Enter your password").max(200) }),
]);
export const requestResetBodySchema = z.strictObject({ email });
export const resetPasswordBodySchema = z.strictObject({ password: newPasswordSchema });
export const changePasswordBodySchema = z.strictObject({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: newPasswordSchema });
