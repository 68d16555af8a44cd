/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next.js
 * reads it from the request's CSP header and puts it on its own scripts; 'strict-dynamic' lets
 * those load their chunks). Styles allow inline style attributes: React renders them and the
 * canvas (@xyflow/react) positions every step with them; styles cannot run code. The browser may
 * connect back to us and to the runtime's WebSocket (the editor's test call).
 */
export function buildContentSecurityPolicy(input: { nonce: string; testCallWsUrl: string; https: boolean; development: boolean }): string {
  const connect = ["'self'", toOrigin(input.testCallWsUrl)].filter(Boolean);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${input.nonce}' 'strict-dynamic'${input.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(input.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** ws://127.0.0.1:3200/jambonz → ws://127.0.0.1:3200 (CSP sources are origins). */
function toOrigin(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "";
  }
}
