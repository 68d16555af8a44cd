import type { CallEndResult, DialTargetScript, ReceivedVerb, TranscriptEvent } from "@centrala/jambonz-sim";
import type { CallArgs } from "./parseCallArgs";

export interface PlacedCall {
  result: CallEndResult;
  transcript: TranscriptEvent[];
  invalidVerbs: ReceivedVerb[];
}

/**
 * Places the call "from the carrier" through the simulated jambonz (POST /sim/calls), so the number
 * must be provisioned there and agents rung by REST share its queues. Streams the transcript back
 * (server-sent events) to `onEvent` as it happens.
 */
export async function placeCallThroughJambonz(baseUrl: string, args: CallArgs, dialTargets: DialTargetScript, onEvent: (e: TranscriptEvent) => void): Promise<PlacedCall> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, "")}/sim/calls`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      to: args.number,
      from: args.from,
      clock: args.realtime ? "real" : "virtual",
      ...(Object.keys(args.headers).length && { sipHeaders: args.headers }),
      ...(args.press.length && { press: args.press }),
      ...(args.say.length && { say: args.say }),
      ...(args.hangUpAfterSeconds !== null && { hangUpAfterMs: args.hangUpAfterSeconds * 1000 }),
      dialTargets,
    }),
  });
  if (!response.ok || !response.body) throw new Error(`The simulated jambonz refused the call (${response.status}): ${await response.text()}`);
  const transcript: TranscriptEvent[] = [];
  let ended: Omit<PlacedCall, "transcript"> | undefined;
  let buffer = "";
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let at: number;
    while ((at = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const type = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!data) continue;
      if (type === "transcript") {
        const event = JSON.parse(data) as TranscriptEvent;
        transcript.push(event);
        onEvent(event);
      } else if (type === "ended") ended = JSON.parse(data) as Omit<PlacedCall, "transcript">;
    }
  }
  if (!ended) throw new Error("The simulated jambonz closed the call's stream before it ended.");
  return { ...ended, transcript };
}
