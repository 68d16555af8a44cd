import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

/**
 * The signed-in session for a page, or a redirect to /login. The proxy already guards pages; this
 * second check keeps a page safe if the proxy's matcher ever misses it.
 */
export async function requireSession(): Promise<Session> {
  const session = await auth();
  if (!session?.tenantId) redirect("/login");
  return session;
}
