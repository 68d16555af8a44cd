import type { Prompt } from "../schema/prompt";
import type { Localized } from "../schema/localized";
import type { NodeCheckContext } from "../nodes/definition";
import type { Problem } from "./problem";

/** Checks that a prompt can be played: a chosen, existing recording or non-empty text. */
export function validatePrompt(prompt: Prompt | undefined, field: Localized, ctx: NodeCheckContext): Problem[] {
  if (!prompt) return [];
  if (prompt.type === "tts") {
    return prompt.text.trim() === "" ? [ctx.report("FLOW036", { field })] : [];
  }
  if (prompt.promptId.trim() === "") return [ctx.report("FLOW035", { field })];
  const known = ctx.references.promptIds;
  if (known && !known.includes(prompt.promptId)) {
    return [ctx.report("FLOW034", { field, promptId: prompt.promptId })];
  }
  return [];
}
