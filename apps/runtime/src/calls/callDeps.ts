import type { CallStateStore, Db, TraceWriter } from "@centrala/db";
import type { HttpEffect, HttpResultEvent } from "@centrala/engine";
import type { FlowCache } from "../routing/createFlowCache";
import type { Logger } from "../observability/createLogger";
import type { Metrics } from "../observability/createMetrics";
import type { AudioGrant } from "../audio/audioToken";
import type { HoldMusicResolver } from "../audio/createHoldMusicResolver";
import type { StoredCall } from "./storedCall";
import type { FlowVersions } from "./createFlowVersions";
import type { AcdInboxEvent, SqlRunner } from "@centrala/db";
import type { ControlDeps } from "./CallController";

/** What a live call needs from the runtime around it. */
export type CallDeps = {
  prisma: Db;
  flowCache: FlowCache;
  versions: FlowVersions;
  store: CallStateStore;
  traces: TraceWriter;
  metrics: Metrics;
  logger: Logger;
  now: () => number;
  /**
   * Calls whose socket closed before they ended, by call sid, with everything they had in memory
   * (the values typed into sensitive steps included): a reconnect to this instance carries on from
   * here, even while the database is away. Dropped after the reaper's grace period.
   */
  detached: Map<string, { record: StoredCall; at: number }>;
  /** Performs a flow's web request (through the outbound-request guard). */
  performHttp: (effect: HttpEffect, now: () => number) => Promise<HttpResultEvent>;
  /** How long a web request may run before the caller hears "one moment" (ms). */
  httpWaitMessageAfterMs: number;
  /** RUNTIME_SECRET: checks the X-Centrala-Clock header of calls run "as if" at another time. */
  runtimeSecret: string;
  /** The signed base URL of a tenant's library prompts, as jambonz fetches them (changes once a day). */
  promptBaseUrl: (tenantId: string) => string;
  /** A queue's music on hold, for the engine's hold loop. */
  resolveHoldMusic: HoldMusicResolver;
  /** The signed WebSocket URL jambonz streams a call's recording or voicemail audio to. */
  audioWsUrl: (grant: AudioGrant) => string;
  /** Hands an event to the call-centre dispatcher; null when the call centre is off (no jambonz REST API). */
  submitAcdEvent: ((tenantId: string, event: AcdInboxEvent) => Promise<void>) | null;
  /** Live-call actions (transfers, conferences) through jambonz's REST API; null when the call centre is off. */
  control: ControlDeps | null;
  /** Plain pg for the call centre's rows (agent legs). */
  pool: SqlRunner;
  /** The tenant's extension numbers (for keypad transfer codes), cached. */
  listExtensions: (tenantId: string) => Promise<string[]>;
  /** A queue's recording policy and the tenant's recording announcement (a prompt, or null for the default words), cached. */
  readRecordingPolicy: (tenantId: string, queueId: string) => Promise<{ policy: "always" | "never" | "onDemand"; announcement: unknown }>;
};
