import type { SimulatedCall } from "@centrala/jambonz-sim";

/** What the caller heard spoken (say verbs), in order. */
export function readHeardTexts(call: SimulatedCall): string[] {
  return call.transcript.flatMap((e) => (e.kind === "hear" && e.text ? [e.text] : []));
}
