import type { FlowIR } from "@centrala/flow";

/** Which flow the step is in and how much it has done without waiting (the loop guard's count). */
export type FlowCursor = { ir: FlowIR; flowId: string | undefined; flowHops: number; entered: number };

/** Nodes one step may pass through without waiting for the caller; more means a loop. */
export const maxNodesPerStep = 100;
/** Flow switches per call; more means two flows send the caller back and forth. */
export const maxFlowHops = 10;
