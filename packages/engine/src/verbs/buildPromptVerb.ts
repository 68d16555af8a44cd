import type { Prompt } from "@centrala/flow";
import type { PlayVerb, SayVerb } from "./verb";
import { buildSayVerb } from "./buildSayVerb";

type PromptContext = {
  env: { promptBaseUrl: string; ttsVendor?: string };
  renderText(template: string): string;
};

/** Turns a flow prompt into `play` (library recording) or `say` (text to speech, placeholders filled). */
export function buildPromptVerb(prompt: Prompt, ctx: PromptContext, loop?: number): SayVerb | PlayVerb {
  const verb: SayVerb | PlayVerb = prompt.type === "library"
    ? { verb: "play", url: joinUrl(ctx.env.promptBaseUrl, prompt.promptId) }
    : buildSayVerb(ctx.renderText(prompt.text), prompt.language, prompt.voice, ctx.env.ttsVendor);
  if (loop !== undefined && loop > 1) verb.loop = loop;
  return verb;
}

function joinUrl(base: string, promptId: string): string {
  return `${base.endsWith("/") ? base.slice(0, -1) : base}/${encodeURIComponent(promptId)}`;
}
