import { formatTranscriptEvent, type TranscriptEvent } from "@centrala/jambonz-sim";

const CALLER_VIEW = new Set<TranscriptEvent["kind"]>(["call-started", "hear", "dtmf", "dial-target", "bridged", "unbridged", "queue", "conference", "listen", "jambonz-error", "call-ended"]);

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
    const line = e.kind === "verb-received" && e.valid ? `verb ${e.name}${verbUrl ? ` ${verbUrl}` : ""}` : formatTranscriptEvent(e);
    // Audio URLs carry a signed grant: long, and nothing a person needs to read.
    if (line) lines.push(`${(e.atMs / 1000).toFixed(1).padStart(7)}s  ${verbose ? line : line.replace(/\?grant=\S+/, "")}`);
    if (e.kind === "call-ended" && path.length) lines.push(`\nPath through the flow: ${path.join(" → ")}`);
  }
  return lines.join("\n");
}
