import { z } from "zod";

const name = z.string().trim().min(1, "Give the prompt a name").max(100, "A name can be at most 100 characters");
const script = z.string().trim().max(2000, "The script can be at most 2,000 characters").nullable();

export const createPromptBodySchema = z.object({ name, ttsText: script.optional(), language: z.enum(["pl-PL", "en-US", "en-GB"]).optional() });
export const patchPromptBodySchema = z.object({ name: name.optional(), ttsText: script.optional() }).refine((b) => b.name !== undefined || b.ttsText !== undefined, "Send a name or a script");
