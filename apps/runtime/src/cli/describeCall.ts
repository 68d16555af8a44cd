import { formatTranscriptEvent, type TranscriptEvent } from "@centrala/jambonz-sim";

const CALLER_VIEW = new Set<TranscriptEvent["kind"]>(["call-started", "hear", "dtmf", "dial-target", "rest-leg", "bridged", "unbridged", "queue", "conference", "listen", "jambonz-error", "call-ended"]);

const withoutRealm = (who: string) => who.split("@")[0] ?? who;
const agentLegWords: Record<string, string> = {
  ringing: "rings", "in-progress": "answers", busy: "is busy", "no-answer": "does not answer (or is cancelled)", failed: "cannot be reached", completed: "hangs up",
};

/** The call-centre's story in plain words: queued, which agents ring, who answers, who the caller talks to. */
function describeCallCentreEvent(e: TranscriptEvent): string | undefined {
  if (e.kind === "rest-leg") {
    const words = agentLegWords[e.status];
    return words ? `agent ${e.target} ${words}${e.status === "busy" || e.status === "failed" ? ` (${e.sipStatus})` : ""}` : "";
  }
  if (e.kind === "queue") {
    if (e.event === "joined") return `caller is queued${e.position !== undefined ? `, ${e.position + 1}. in line` : ""}`;
    if (e.event === "dequeued") return "an agent takes the caller from the queue";
    return "caller leaves the queue";
  }
  if ((e.kind === "bridged" || e.kind === "unbridged") && e.via === "queue") return e.kind === "bridged" ? `caller is connected to ${withoutRealm(e.with)}` : `caller and ${withoutRealm(e.with)} are disconnected`;
  return undefined;
}

/** The call as the caller lived it (plus the protocol with `verbose`), and the path through the flow. */
export function describeCall(events: readonly TranscriptEvent[], verbose: boolean): string {
  const lines: string[] = [];
  const path: string[] = [];
  for (const e of events) {
    if (e.kind === "sent" && e.hook) {
      const node = /^\/n\/([^/]+)\//.exec(e.hook)?.[1];
      if (node && path.at(-1) !== node) path.push(node);
    }
    if (!verbose && !CALLER_VIEW.has(e.kind)) continue;
    if (!verbose && e.kind === "dial-target" && !["in-progress", "busy", "no-answer", "failed"].includes(e.status)) continue;
    // --verbose: each verb the app sent, with the URL it plays or calls.
    const verbUrl = e.kind === "verb-received" && e.valid ? String((e.verb as { url?: unknown; actionHook?: unknown }).url ?? "") : "";
    const line = e.kind === "verb-received" && e.valid ? `verb ${e.name}${verbUrl ? ` ${verbUrl}` : ""}` : (verbose ? undefined : describeCallCentreEvent(e)) ?? formatTranscriptEvent(e);
    // Audio URLs carry a signed grant: long, and nothing a person needs to read.
    if (line) lines.push(`${(e.atMs / 1000).toFixed(1).padStart(7)}s  ${verbose ? line : line.replace(/\?grant=\S+/, "")}`);
    if (e.kind === "call-ended" && path.length) lines.push(`\nPath through the flow: ${path.join(" → ")}`);
  }
  return lines.join("\n");
}
