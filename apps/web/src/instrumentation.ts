// Runs once when the server starts, before it answers anyone: check the environment now (not on a
// user's first click) and stamp each request with the client's real address (TRUSTED_PROXIES).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./env");
  const { installClientAddressStamp, parseTrustedProxies } = await import("./features/security/clientAddress");
  installClientAddressStamp(parseTrustedProxies(getEnv().TRUSTED_PROXIES));
}
