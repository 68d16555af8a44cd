import type { NextAuthConfig } from "next-auth";
import { isLocale } from "./i18n/locales";
import { sessionClaimsSchema } from "./features/auth/sessionClaimsSchema";

const AUTH_PAGES = new Set(["/login", "/signup"]);

/**
 * The part of the Auth.js config the proxy can load: no providers, so no argon2 or database.
 * auth.ts adds the credentials provider.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt" },
  // `next start` on localhost and deployments behind a reverse proxy both need the Host header trusted.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      const signedIn = Boolean(auth?.tenantId);
      if (AUTH_PAGES.has(nextUrl.pathname)) return signedIn ? Response.redirect(new URL("/flows", nextUrl)) : true;
      return signedIn;
    },
    jwt({ token, user, trigger, session }) {
      if (user) {
        return {
          ...token, userId: user.id, tenantId: user.tenantId, tenantName: user.tenantName, role: user.role, locale: user.locale,
        };
      }
      const requested: unknown = (session as { locale?: unknown } | undefined)?.locale;
      if (trigger === "update" && isLocale(requested)) return { ...token, locale: requested };
      // A token without Centrala's claims (e.g. from an older release) signs the person out.
      return sessionClaimsSchema.safeParse(token).success ? token : null;
    },
    session({ session, token }) {
      const claims = sessionClaimsSchema.safeParse(token);
      if (!claims.success) return session;
      return { ...session, ...claims.data, user: { ...session.user, id: claims.data.userId } };
    },
  },
} satisfies NextAuthConfig;
