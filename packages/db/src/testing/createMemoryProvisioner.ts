import { randomUUID } from "node:crypto";
import type { NumberProvisioner } from "../numbers/NumberProvisioner";

type Fault = "down" | "slow" | "lostAnswer";

/**
 * An in-process stand-in for jambonz's PhoneNumbers and Applications, for database tests of
 * claiming and releasing: it keeps what was provisioned and can be told to fail like jambonz does
 * (refusing connections, answering too late, or creating the number and losing the answer).
 */
export function createMemoryProvisioner() {
  const applications = new Map<string, string>();
  const numbers = new Map<string, { sid: string; applicationSid: string }>();
  const faults: { provision?: Fault; release?: Fault } = {};
  const fail = (fault: Fault | undefined): Promise<void> | void => {
    if (fault === "down") throw new Error("connect ECONNREFUSED 127.0.0.1:3360");
    if (fault === "slow") return new Promise(() => {});
  };
  const provisioner: NumberProvisioner = {
    async ensureApplication({ tenantId, knownSid }) {
      if (knownSid) return knownSid;
      const existing = applications.get(tenantId);
      if (existing) return existing;
      const sid = randomUUID();
      applications.set(tenantId, sid);
      return sid;
    },
    async provision({ e164, applicationSid }) {
      await fail(faults.provision === "lostAnswer" ? undefined : faults.provision);
      const record = numbers.get(e164) ?? { sid: randomUUID(), applicationSid };
      record.applicationSid = applicationSid;
      numbers.set(e164, record);
      if (faults.provision === "lostAnswer") throw new Error("socket hang up");
      return { sid: record.sid };
    },
    async route({ sid, applicationSid }) {
      const record = [...numbers.values()].find((candidate) => candidate.sid === sid);
      if (!record) throw new Error("404");
      record.applicationSid = applicationSid;
    },
    async release({ e164 }) {
      await fail(faults.release);
      numbers.delete(e164);
    },
  };
  return { provisioner, numbers, applications, faults };
}
