import type { CallStateStore, Db, TraceWriter } from "@centrala/db";
import type { FlowCache } from "../routing/createFlowCache";
import type { Logger } from "../observability/createLogger";
import type { Metrics } from "../observability/createMetrics";
import type { AudioGrant } from "../audio/audioToken";

/** What a live call needs from the runtime around it. */
export type CallDeps = {
  prisma: Db;
  flowCache: FlowCache;
  store: CallStateStore;
  traces: TraceWriter;
  metrics: Metrics;
  logger: Logger;
  now: () => number;
  /** What callers typed into sensitive steps, by call sid: in this instance's memory only, never stored. */
  secrets: Map<string, Record<string, string>>;
  /** Where library prompts of a tenant are served to jambonz. */
  promptBaseUrl: (tenantId: string) => string;
  /** The signed WebSocket URL jambonz streams a call's recording or voicemail audio to. */
  audioWsUrl: (grant: AudioGrant) => string;
};
