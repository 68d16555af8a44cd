import type { Prompt } from "@centrala/flow";
import type { PlayVerb, SayVerb } from "./verb";
import { defaultLanguage } from "../phrases/readPhraseBook";
import { buildPromptUrl } from "./buildPromptUrl";
import { buildSayVerb } from "./buildSayVerb";

type PromptContext = {
  env: { promptBaseUrl: string; ttsVendor?: string; language?: string };
  renderText(template: string): string;
};

/** Turns a flow prompt into `play` (library recording, in the call's language) or `say` (text to speech, placeholders filled). */
export function buildPromptVerb(prompt: Prompt, ctx: PromptContext, loop?: number): SayVerb | PlayVerb {
  const verb: SayVerb | PlayVerb = prompt.type === "library"
    ? { verb: "play", url: buildPromptUrl(ctx.env.promptBaseUrl, prompt.promptId, ctx.env.language ?? defaultLanguage) }
    : buildSayVerb(ctx.renderText(prompt.text), prompt.language, prompt.voice, ctx.env.ttsVendor);
  if (loop !== undefined && loop > 1) verb.loop = loop;
  return verb;
}
