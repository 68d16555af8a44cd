/** The path of the page a form was sent from (its Referer), never another site; "/" if unknown. */
export function readReturnPath(referer: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer, "http://centrala.invalid");
    const path = `${url.pathname}${url.search}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}
