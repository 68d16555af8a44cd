import type { DialTarget } from "./verb";

/** An extension as a registered SIP user of the tenant's realm, e.g. `101@acme.sip.example.com`. */
export function buildExtensionTarget(extension: string, sipRealm: string): DialTarget {
  return { type: "user", name: `${extension}@${sipRealm}` };
}
