import type { TranscriptEvent } from "@centrala/jambonz-sim";
import { isSensitiveCollect, type FlowDocument } from "@centrala/flow";
import type { TestCallTranslator } from "./i18n/useTestCallT";

export type TestCallLine = { id: number; tone: "hear" | "you" | "system" | "end"; text: string };

/** Shows only what a person testing their menu cares about: what is said, pressed and rung. */
/** The queue's name for a jambonz queue name (flows' queues are known to jambonz by their id). */
export type QueueNamer = (jambonzQueue: string) => string;

/**
 * `maskKeys`: the caller is typing into a sensitive step (a card number, a PIN): show • for each key.
 * `nameQueue`: the queue's name for the jambonz queue a caller joins.
 */
export type DescribeOptions = { maskKeys: boolean; nameQueue?: QueueNamer };

const describers: { [K in TranscriptEvent["kind"]]?: (e: Extract<TranscriptEvent, { kind: K }>, t: TestCallTranslator, options: DescribeOptions) => Omit<TestCallLine, "id"> | null } = {
  hear: (e, t) => e.what === "say" ? { tone: "hear", text: t("testCall.hears", { text: e.text ?? "" }) }
    : e.what === "beep" ? { tone: "system", text: t("testCall.beep") }
    : e.what === "play" ? { tone: "hear", text: t("testCall.hearsAudio") } : null,
  dtmf: (e, t, options) => ({ tone: "you", text: t("testCall.pressed", { key: options.maskKeys ? "•" : e.digit }) }),
  "dial-target": (e, t) => {
    const target = e.target.split("@")[0] ?? e.target;
    const key = ({ ringing: "testCall.ringing", "in-progress": "testCall.answered", busy: "testCall.busy", "no-answer": "testCall.noAnswer", failed: "testCall.failed" } as const)[e.status as "ringing"];
    return key ? { tone: "system", text: t(key, { target }) } : null;
  },
  bridged: (e, t) => ({ tone: "system", text: t("testCall.bridged", { target: e.with.split("@")[0] ?? e.with }) }),
  unbridged: (e, t) => ({ tone: "system", text: t("testCall.unbridged", { target: e.with.split("@")[0] ?? e.with }) }),
  queue: (e, t, { nameQueue = (name) => name }) => e.event === "joined" ? { tone: "system", text: t("testCall.queue.joined", { name: nameQueue(e.name) }) }
    : e.event === "left" ? { tone: "system", text: t("testCall.queue.left", { name: nameQueue(e.name) }) } : null,
  listen: (e, t) => (e.event === "started" ? { tone: "system", text: t("testCall.recording") } : null),
  "call-ended": (e, t) => ({ tone: "end", text: e.result.reason === "rejected" ? t("testCall.endedRejected", { status: e.result.sipStatus }) : t("testCall.ended") }),
};

export function describeTestCallEvent(event: TranscriptEvent, t: TestCallTranslator, options: DescribeOptions = { maskKeys: false }): Omit<TestCallLine, "id"> | null {
  const describe = describers[event.kind] as ((e: TranscriptEvent, t: TestCallTranslator, options: DescribeOptions) => Omit<TestCallLine, "id"> | null) | undefined;
  return describe ? describe(event, t, options) : null;
}

/** Whether a gather the runtime sent listens for a sensitive collect-digits step of the document. */
export function isSensitiveGather(verb: unknown, document: FlowDocument): boolean {
  const hook = (verb as { verb?: unknown; actionHook?: unknown } | null);
  if (hook?.verb !== "gather" || typeof hook.actionHook !== "string") return false;
  const nodeId = /^\/n\/([^/]+)\/gather$/.exec(hook.actionHook)?.[1];
  const node = document.nodes.find((candidate) => candidate.id === nodeId);
  return node?.kind === "collect" && isSensitiveCollect(node.data as { sensitive?: boolean; variable?: string; maxDigits?: number }, node.label);
}
