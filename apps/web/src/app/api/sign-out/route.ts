import { handleSignOut } from "@/features/auth/handleSignOut";

// A plain form post outside the proxy: the proxy re-issues the session cookie on every request
// it sees, which would race with the deletion this handler sends.
export function POST(): Promise<Response> {
  return handleSignOut();
}
