import type { NextAuthConfig } from "next-auth";
import { checkAuthSession, createAuthSession, getPrisma } from "@centrala/db";
import { isLocale } from "./i18n/locales";
import { sessionClaimsSchema } from "./features/auth/sessionClaimsSchema";
import { SESSION_LIFETIME } from "./features/auth/sessionLifetime";

/**
 * The part of the Auth.js config the proxy loads too: no providers (no argon2). The session is a
 * JWT in an HttpOnly, SameSite=Lax cookie (Secure and `__Secure-` prefixed behind HTTPS), and
 * every request checks its server-side session row, so signing out ends it everywhere at once and
 * a changed role or a removed membership applies on the next request. auth.ts adds the
 * credentials provider.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME.absoluteMs / 1000 },
  // `next start` on localhost and deployments behind a reverse proxy both need the Host header trusted.
  trustHost: true,
  providers: [],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user?.id) {
        const { sessionId } = await createAuthSession(getPrisma(), { userId: user.id, lifetime: SESSION_LIFETIME });
        return {
          ...token, sid: sessionId, userId: user.id, tenantId: user.tenantId, tenantName: user.tenantName, role: user.role, locale: user.locale,
        };
      }
      // A token without Centrala's claims (e.g. from an older release) signs the person out.
      const claims = sessionClaimsSchema.safeParse(token);
      if (!claims.success) return null;
      const live = await checkAuthSession(getPrisma(), {
        sessionId: claims.data.sid, userId: claims.data.userId, tenantId: claims.data.tenantId, idleMs: SESSION_LIFETIME.idleMs,
      });
      if (!live) return null;
      const requested: unknown = (session as { locale?: unknown } | undefined)?.locale;
      const locale = trigger === "update" && isLocale(requested) ? requested : claims.data.locale;
      // No longer a member: the claims stay as they were; every page and route reads the membership and says it ended.
      return { ...token, role: live.role ?? claims.data.role, tenantName: live.tenantName ?? claims.data.tenantName, locale };
    },
    session({ session, token }) {
      const claims = sessionClaimsSchema.safeParse(token);
      if (!claims.success) return session;
      // The session id stays in the cookie: pages and the browser never see it.
      const { sid: _sid, ...visible } = claims.data;
      return { ...session, ...visible, user: { ...session.user, id: claims.data.userId } };
    },
  },
} satisfies NextAuthConfig;
