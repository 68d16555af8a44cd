import { z } from "zod";
import { templateSchema, readTemplateVariables } from "./template";

export const ttsLanguages = ["pl-PL", "en-US", "en-GB", "de-DE"] as const;
export type TtsLanguage = (typeof ttsLanguages)[number];

export const libraryPromptSchema = z.object({
  type: z.literal("library"),
  // Empty is allowed so a freshly dropped node parses; validation reports it as a missing prompt.
  promptId: z.string().max(200),
});

export const ttsPromptSchema = z.object({
  type: z.literal("tts"),
  text: templateSchema,
  language: z.enum(ttsLanguages),
  voice: z.string().min(1).max(100).optional(),
});

export const promptSchema = z.discriminatedUnion("type", [libraryPromptSchema, ttsPromptSchema]);
/** What the caller hears: an uploaded recording from the prompt library, or text read aloud. */
export type Prompt = z.infer<typeof promptSchema>;

/** Lists the variables a prompt reads (only text-to-speech prompts have placeholders). */
export function readPromptVariables(prompt: Prompt | undefined): string[] {
  return prompt?.type === "tts" ? readTemplateVariables(prompt.text) : [];
}

/** A text-to-speech prompt, the default for new nodes because it needs no uploaded audio. */
export function createTtsPrompt(text: string, language: TtsLanguage = "pl-PL"): Prompt {
  return { type: "tts", text, language };
}
