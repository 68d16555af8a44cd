import type { Prompt } from "@centrala/flow";

/** A text-to-speech prompt for test flows (Polish unless told). */
export function say(text: string, language: "pl-PL" | "en-US" | "en-GB" | "de-DE" = "pl-PL"): Prompt {
  return { type: "tts", text, language };
}

/** A prompt-library recording for test flows. */
export function recording(promptId: string): Prompt {
  return { type: "library", promptId };
}
