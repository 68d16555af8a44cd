import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Prometheus metrics the runtime exposes on /metrics. */
export function createMetrics() {
  const registry = new Registry();
  let readPendingRecords = () => 0;
  collectDefaultMetrics({ register: registry, prefix: "centrala_runtime_" });
  return {
    registry,
    activeCalls: new Gauge({ name: "centrala_active_calls", help: "Calls with an open jambonz socket", registers: [registry] }),
    callsTotal: new Counter({ name: "centrala_calls_total", help: "Calls started", labelNames: ["kind"] as const, registers: [registry] }),
    hookToAck: new Histogram({
      name: "centrala_hook_to_ack_seconds",
      help: "Time from a jambonz message arriving to our ack leaving",
      labelNames: ["type"] as const,
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    // Live (post-GC) heap when the process runs with --expose-gc (the benchmark does): memory per
    // call measured without uncollected garbage. Without the flag it reports the plain heap used.
    liveHeap: new Gauge({
      name: "centrala_runtime_live_heap_bytes",
      help: "Heap in use after a full garbage collection (when --expose-gc is on)",
      registers: [registry],
      collect() {
        (globalThis as { gc?: () => void }).gc?.();
        this.set(process.memoryUsage().heapUsed);
      },
    }),
    recordsPending: new Gauge({
      name: "centrala_call_records_pending",
      help: "Call records (calls, trace events, call ends) buffered, not yet written to the database",
      registers: [registry],
      collect() { this.set(readPendingRecords()); },
    }),
    /** Where the pending-records gauge reads its value. */
    readPendingRecordsFrom(read: () => number) { readPendingRecords = read; },
    callsLost: new Counter({ name: "centrala_calls_lost_total", help: "Calls closed by the reaper: their socket closed (or their instance died) and no reconnect followed", registers: [registry] }),
    recordsQuarantined: new Counter({ name: "centrala_call_records_quarantined_total", help: "Call records the database refused, set aside", labelNames: ["kind"] as const, registers: [registry] }),
    recordsDropped: new Counter({ name: "centrala_call_records_dropped_total", help: "Call records dropped because the buffer was full", labelNames: ["kind"] as const, registers: [registry] }),
    errors: new Counter({ name: "centrala_runtime_errors_total", help: "Errors by kind", labelNames: ["kind"] as const, registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
