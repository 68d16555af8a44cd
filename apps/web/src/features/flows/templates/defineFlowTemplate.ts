import { currentFlowVersion, type FlowDocument, type FlowNode, type Localized, type NodeData, type NodeKind, type TtsLanguage } from "@centrala/flow";

/** An extension a template rings or leaves voicemail in: the user picks one or lets it be created. */
export type ExtensionNeed = { key: string; label: Localized; suggestedNumber: string; suggestedName: Localized; voicemail: boolean };
/** A queue a template sends callers to, with the extensions (by need key) that answer it. */
export type QueueNeed = { key: string; label: Localized; suggestedName: Localized; memberKeys: string[] };

/** How a template's needs were met: extension numbers, and queues by id (or by name, unlinked). */
export type TemplateChoices = {
  language: TtsLanguage;
  extensions: Record<string, string>;
  queues: Record<string, { queueId: string } | { queueName: string }>;
};

export type FlowTemplate = {
  id: string;
  labels: Localized;
  description: Localized;
  /** What the template needs from the organisation. Spoken words are text-to-speech in the caller's
   * language, so no recorded prompt is needed (one can replace any of them later). */
  needs: { extensions: ExtensionNeed[]; queues: QueueNeed[] };
  build(choices: TemplateChoices): FlowDocument;
};

export function defineFlowTemplate(template: FlowTemplate): FlowTemplate {
  return template;
}

/** Text-to-speech in the caller's language: Polish for pl-PL, English otherwise. */
export function say(choices: TemplateChoices, text: Localized) {
  const polish = choices.language === "pl-PL";
  return { type: "tts" as const, text: polish ? text.pl : text.en, language: polish || choices.language.startsWith("en") ? choices.language : "en-GB" };
}

export function node<K extends NodeKind>(id: string, kind: K, x: number, y: number, data: NodeData<K>): FlowNode {
  return { id, kind, position: { x, y }, data: data as FlowNode["data"] };
}

/** Edges as [source, port, target]. */
export function document(nodes: FlowNode[], edges: [string, string, string][]): FlowDocument {
  return { version: currentFlowVersion, nodes, edges: edges.map(([source, sourcePort, target], index) => ({ id: `e${index + 1}`, source, sourcePort, target })) };
}

/** The queue step's reference for a chosen queue (an id, or an unlinked name to be linked later). */
export function queueReference(choice: TemplateChoices["queues"][string] | undefined) {
  if (!choice) return { queueId: "" };
  return "queueId" in choice ? { queueId: choice.queueId } : { queueId: "", queueName: choice.queueName };
}
