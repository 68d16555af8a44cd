import { afterHoursVoicemail } from "./templates/afterHoursVoicemail";
import type { FlowTemplate, TemplateChoices } from "./templates/defineFlowTemplate";
import { reception } from "./templates/reception";
import { simpleMenu } from "./templates/simpleMenu";
import { supportQueue } from "./templates/supportQueue";

/** The templates a new flow can start from (besides a blank flow), in the order the page shows them. */
export const flowTemplateList: readonly FlowTemplate[] = [reception, simpleMenu, supportQueue, afterHoursVoicemail];

/** What the "New flow" page offers (its labels are in the app's dictionaries). */
export const flowTemplateIds = ["blank", "reception", "simple-menu", "support-queue", "after-hours-voicemail"] as const;
export type FlowTemplateId = (typeof flowTemplateIds)[number];

export function findFlowTemplate(id: string): FlowTemplate | undefined {
  return flowTemplateList.find((template) => template.id === id);
}

export function isFlowTemplateId(value: string): boolean {
  return value === "blank" || findFlowTemplate(value) !== undefined;
}

/**
 * A template's document with its suggestions (extension numbers, queues by name): what the
 * "New flow" page creates when the person has not chosen anything else. References the tenant does
 * not have show up as problems in the editor, naming what is missing.
 */
export function buildTemplateWithSuggestions(template: FlowTemplate, language: TemplateChoices["language"]) {
  const polish = language === "pl-PL";
  return template.build({
    language,
    extensions: Object.fromEntries(template.needs.extensions.map((need) => [need.key, need.suggestedNumber])),
    queues: Object.fromEntries(template.needs.queues.map((need) => [need.key, { queueName: polish ? need.suggestedName.pl : need.suggestedName.en }])),
  });
}
