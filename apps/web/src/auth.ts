import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getPrisma, revokeAuthSession } from "@centrala/db";
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
  events: {
    // Signing out ends the server-side session: the cookie, wherever it was copied, stops working.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeAuthSession(getPrisma(), sid);
    },
  },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      // The stack only, not the error object: Auth.js attaches the request (cookies, form fields) as its cause.
      console.error(`[auth] ${error.stack ?? `${error.name}: ${error.message}`}`);
    },
  },
}));
