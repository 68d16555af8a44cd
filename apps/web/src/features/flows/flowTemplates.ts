import afterHoursVoicemail from "./templates/after-hours-voicemail.json";
import simpleMenu from "./templates/simple-menu.json";
import supportQueue from "./templates/support-queue.json";
import { createBlankFlowDocument } from "./createBlankFlowDocument";

/** Starting points for a new flow; the documents are ordinary flow files (see templates/). */
export const flowTemplates = {
  blank: { document: createBlankFlowDocument() },
  "simple-menu": { document: simpleMenu },
  "support-queue": { document: supportQueue },
  "after-hours-voicemail": { document: afterHoursVoicemail },
} as const;

export type FlowTemplateId = keyof typeof flowTemplates;
export const flowTemplateIds = Object.keys(flowTemplates) as FlowTemplateId[];

export function isFlowTemplateId(value: string): value is FlowTemplateId {
  return value in flowTemplates;
}
