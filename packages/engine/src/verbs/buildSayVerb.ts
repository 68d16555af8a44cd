import { defaultLanguage } from "../phrases/readPhraseBook";
import type { SayVerb } from "./verb";

/** Builds a `say`; jambonz requires `synthesizer.vendor`, and `default` means the app's vendor. */
export function buildSayVerb(text: string, language = defaultLanguage, voice?: string, vendor = "default"): SayVerb {
  const synthesizer: SayVerb["synthesizer"] = voice === undefined ? { vendor, language } : { vendor, language, voice };
  return { verb: "say", text, synthesizer };
}
