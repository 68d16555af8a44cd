import { handleSetLocale } from "@/features/locale/handleSetLocale";

// A plain form post outside the proxy: the proxy re-issues the session cookie on every request
// it sees, which would race with the updated cookie this handler sets.
export function POST(request: Request): Promise<Response> {
  return handleSetLocale(request);
}
