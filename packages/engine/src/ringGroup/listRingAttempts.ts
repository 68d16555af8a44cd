import type { NodeConfig } from "@centrala/flow";
import { readRotationOffset } from "./readRotationOffset";

// jambonz rings at most 10 targets at once and silently drops the rest.
export const maxSimultaneousTargets = 10;

/**
 * Lists one round of a ring group as dial attempts, each a list of extensions rung together:
 * simultaneous = the whole group (in chunks of 10), sequential = one by one from the top,
 * roundRobin = one by one starting at a per-call offset.
 */
export function listRingAttempts(config: NodeConfig<"ringGroup">, callSid: string): string[][] {
  const extensions = [...new Set(config.extensions)];
  if (config.strategy === "simultaneous") {
    const chunks: string[][] = [];
    for (let index = 0; index < extensions.length; index += maxSimultaneousTargets) {
      chunks.push(extensions.slice(index, index + maxSimultaneousTargets));
    }
    return chunks;
  }
  const offset = config.strategy === "roundRobin" ? readRotationOffset(callSid, extensions.length) : 0;
  return extensions.map((_extension, index) => [extensions[(index + offset) % extensions.length] as string]);
}
