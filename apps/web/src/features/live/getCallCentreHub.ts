import "server-only";
import { createCallCentreChangeHub, type CallCentreChangeHub } from "@centrala/db";
import { getEnv } from "@/env";

const holder = globalThis as typeof globalThis & { centralaCallCentreHub?: CallCentreChangeHub };

/** The web process's one LISTEN connection for the call centre, shared by every live page. */
export function getCallCentreHub(): CallCentreChangeHub {
  holder.centralaCallCentreHub ??= createCallCentreChangeHub(getEnv().DATABASE_URL);
  return holder.centralaCallCentreHub;
}
