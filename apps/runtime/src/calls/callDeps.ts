import type { CallStateStore, Db, TraceWriter } from "@centrala/db";
import type { FlowCache } from "../routing/createFlowCache";
import type { Logger } from "../observability/createLogger";
import type { Metrics } from "../observability/createMetrics";
import type { AudioGrant } from "../audio/audioToken";
import type { HoldMusicResolver } from "../audio/createHoldMusicResolver";

/** What a live call needs from the runtime around it. */
export type CallDeps = {
  prisma: Db;
  flowCache: FlowCache;
  store: CallStateStore;
  traces: TraceWriter;
  metrics: Metrics;
  logger: Logger;
  now: () => number;
  /** The signed base URL of a tenant's library prompts, as jambonz fetches them (changes once a day). */
  promptBaseUrl: (tenantId: string) => string;
  /** A queue's music on hold, for the engine's hold loop. */
  resolveHoldMusic: HoldMusicResolver;
  /** The signed WebSocket URL jambonz streams a call's recording or voicemail audio to. */
  audioWsUrl: (grant: AudioGrant) => string;
};
