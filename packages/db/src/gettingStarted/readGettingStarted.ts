import type { TenantDb } from "../forTenant";

export type GettingStarted = {
  /** A number of the pool is the tenant's and live in jambonz. */
  claimNumber: boolean;
  /** Someone else was invited or joined, and at least one extension exists. */
  addPeopleAndExtensions: { done: boolean; people: boolean; extensions: boolean };
  /** A flow is published and one of the tenant's numbers rings into it. */
  publishFlow: boolean;
  /** A call (test or real) reached one of the tenant's numbers. */
  testCall: boolean;
  /** How many of the four steps are done. */
  doneCount: number;
};

/** Which getting-started steps a tenant has done, read from what exists (never stored, so never stale). */
export async function readGettingStarted(db: TenantDb): Promise<GettingStarted> {
  const [numbers, members, invites, extensions, routedLive] = await Promise.all([
    db.phoneNumber.findMany({ where: { status: "active" }, select: { e164: true } }),
    db.membership.count(),
    db.invite.count({ where: { revokedAt: null } }),
    db.extension.count(),
    db.phoneNumber.count({ where: { status: "active", flow: { publishedVersionId: { not: null } } } }),
  ]);
  const called = numbers.length > 0 && (await db.call.count({ where: { toNumber: { in: numbers.map((number) => number.e164) } } })) > 0;
  const people = members > 1 || invites > 0;
  const steps = {
    claimNumber: numbers.length > 0,
    addPeopleAndExtensions: { done: people && extensions > 0, people, extensions: extensions > 0 },
    publishFlow: routedLive > 0,
    testCall: called,
  };
  const doneCount = [steps.claimNumber, steps.addPeopleAndExtensions.done, steps.publishFlow, steps.testCall].filter(Boolean).length;
  return { ...steps, doneCount };
}
