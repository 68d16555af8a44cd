import "server-only";
import { getEnv } from "@/env";

/** Where people open the web app, for links in e-mails. */
export function readPublicWebUrl(): string {
  const env = getEnv();
  return env.PUBLIC_WEB_URL ?? env.AUTH_URL ?? "http://localhost:3000";
}
