import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getPrisma } from "@centrala/db";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getEnv } from "./env";
import { authorizeCredentials } from "./features/auth/authorizeCredentials";
import { RateLimitedSignIn } from "./features/auth/RateLimitedSignIn";
import { readClientIp } from "./features/auth/readClientIp";

const credentialsSchema = z.object({ email: z.string().min(1), password: z.string().min(1) });

// The lazy form reads AUTH_SECRET per request, so `next build` needs no secrets.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  ...authConfig,
  secret: getEnv().AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authorizeCredentials(getPrisma(), { ...parsed.data, ip: readClientIp(request.headers) });
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
}));
