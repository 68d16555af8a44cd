import { z } from "zod";
import { checkPassword } from "./checkPassword";

// Error texts are message keys (see convertIssuesToFieldErrors), translated by the form.
const requiredText = (max: number) => z.string().trim().min(1, { error: "errors.required" }).max(max);

export const signUpSchema = z.object({
  tenantName: requiredText(100),
  name: requiredText(100),
  email: z
    .string()
    .trim()
    .min(1, { error: "errors.required" })
    .max(254)
    .pipe(z.email({ error: "errors.emailInvalid" })),
  password: z
    .string()
    .min(1, { error: "errors.required" })
    .superRefine((password, ctx) => {
      if (password === "") return;
      for (const problem of checkPassword(password)) {
        if ("key" in problem) ctx.addIssue({ code: "custom", message: problem.key, ...(problem.params ? { params: problem.params } : {}) });
      }
    }),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignUpField = keyof SignUpInput;
