import type { NodeKind, Prompt } from "@centrala/flow";
import type { EditorTranslator } from "../../i18n/createEditorTranslator";
import type { EditorResources } from "../../shell/EditorResources";

type Summarize = (data: Record<string, unknown>, t: EditorTranslator, resources: EditorResources) => string;

/** One line under each node's title saying what it does with its settings, per kind. */
export const nodeSummaries = {
  start: (_data, t) => t("summary.start"),
  play: (data, t, resources) => describePrompt(data.prompt, t, resources),
  menu: (data, t, resources) => `${t("summary.keys", { keys: readList(data.keys).join(" ") || "—" })}${data.dialExtension === true ? ` ${t("summary.dialExtension")}` : ""} · ${describePrompt(data.prompt, t, resources)}`,
  collect: (data, t) => t("summary.collect", { variable: String(data.variable ?? "") }),
  hours: (data, t) => t("summary.hours", { days: countOpenDays(data.weekly) }),
  condition: (data, t) => t("summary.rules", { count: readList(data.rules).length }),
  queue: (data, t, resources) => describeQueue(data, t, resources),
  ringGroup: (data, t) => readList(data.extensions).join(", ") || t("summary.notSet"),
  transfer: (data, t, resources) => describeTarget(data.target, t, resources),
  conference: (data, t) => (data.room ? t("summary.room", { room: String(data.room) }) : t("summary.notSet")),
  record: (_data, t) => t("summary.record"),
  voicemail: (data, t) => (data.mailbox ? t("summary.mailbox", { mailbox: String(data.mailbox) }) : t("summary.notSet")),
  http: (data, t) => (typeof data.url === "string" && data.url ? data.url.replace(/^https?:\/\//, "") : t("summary.notSet")),
  setVariable: (data, t) => readList(data.assignments).map((item) => String((item as { variable?: string }).variable ?? "")).join(", ") || t("summary.notSet"),
  gotoFlow: (data, t, resources) => resources.flows.find((flow) => flow.id === data.flowId)?.name ?? t("summary.notSet"),
  hangup: (data, t, resources) => (data.prompt ? describePrompt(data.prompt, t, resources) : t("summary.hangup")),
} satisfies Record<NodeKind, Summarize>;

function readList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function describePrompt(value: unknown, t: EditorTranslator, resources: EditorResources): string {
  const prompt = value as Prompt | undefined;
  if (!prompt) return t("summary.noMessage");
  if (prompt.type === "library") return resources.prompts.find((item) => item.id === prompt.promptId)?.name ?? t("summary.noMessage");
  return prompt.text.trim() ? t("summary.quoted", { text: prompt.text.trim() }) : t("summary.noMessage");
}

function describeTarget(value: unknown, t: EditorTranslator, resources: EditorResources): string {
  const target = (value ?? {}) as Record<string, string | undefined>;
  if (target.type === "extension") return target.extension ? t("summary.extension", { number: target.extension }) : t("summary.notSet");
  if (target.type === "external") return target.number || t("summary.notSet");
  if (target.type === "queue") return describeQueue(target, t, resources);
  if (target.type === "dialledExtension") return t("summary.dialledExtension");
  if (target.type === "flow") return resources.flows.find((flow) => flow.id === target.flowId)?.name ?? t("summary.notSet");
  return t("summary.notSet");
}

/** A queue by the name people know; an older flow's unlinked name as written; else "not set". */
function describeQueue(holder: Record<string, unknown>, t: EditorTranslator, resources: EditorResources): string {
  const queue = resources.queues.find((candidate) => candidate.id === holder.queueId);
  if (queue) return queue.name;
  return typeof holder.queueName === "string" && holder.queueName ? holder.queueName : t("summary.notSet");
}

function countOpenDays(weekly: unknown): number {
  if (typeof weekly !== "object" || weekly === null) return 0;
  return Object.values(weekly).filter((ranges) => Array.isArray(ranges) && ranges.length > 0).length;
}
