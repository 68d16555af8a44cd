/**
 * What claiming and releasing a number needs from jambonz, as plain data. The platform has one
 * jambonz account; each tenant has one jambonz Application (its call_hook is the voice runtime) and
 * each claimed number is a jambonz PhoneNumber attached to the account and that application.
 * Every method may throw (jambonz down, refused, too slow); callers roll back.
 */
export interface NumberProvisioner {
  /**
   * Returns the sid of the tenant's jambonz Application, creating it when `knownSid` is null.
   * Idempotent: asking twice for one tenant gives one application.
   */
  ensureApplication(input: { tenantId: string; tenantName: string; knownSid: string | null }): Promise<string>;
  /**
   * Attaches `e164` to the account and application and returns the PhoneNumber sid. Idempotent:
   * a number jambonz already has (an earlier attempt whose answer was lost) is adopted.
   */
  provision(input: { e164: string; applicationSid: string }): Promise<{ sid: string }>;
  /** Points an existing PhoneNumber at another application. */
  route(input: { sid: string; applicationSid: string }): Promise<void>;
  /** Removes the number from jambonz (looked up by number when `sid` is null); absent counts as done. */
  release(input: { e164: string; sid: string | null }): Promise<void>;
}

/** Waits for `promise` at most `ms` milliseconds; a slow jambonz counts as a failed one. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
