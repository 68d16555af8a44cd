/**
 * Node flags the voice runtime runs with, wherever it is launched (npm start, the end-to-end
 * tests, the runtime benchmark).
 *
 * --max-semi-space-size=4: a 4 MB young generation instead of V8's default of up to 16 MB. Most of
 * what a call allocates lives as long as the call, so each scavenge copies much of the nursery; a
 * smaller nursery means shorter pauses (in the runtime benchmark's surge the longest drop from
 * ~15 ms to ~7 ms, and the hook-to-ack p99 roughly halves) for a few percent more collector time.
 */
export const RUNTIME_NODE_FLAGS = ["--max-semi-space-size=4"];
