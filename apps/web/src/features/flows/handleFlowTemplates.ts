import { z } from "zod";
import { createExtension, createFlow, createQueue, forTenant, getTenant, listExtensions, listQueues, updateExtension, type Db } from "@centrala/db";
import { ttsLanguages, type TtsLanguage } from "@centrala/flow";
import { respondError, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { can } from "../auth/permissions";
import { respondDomainError } from "../workspace/respondDomainError";
import { respondNoPermission } from "../api/respondNoPermission";
import { flowNameSchema } from "./flowSchemas";
import { findFlowTemplate, flowTemplateList } from "./flowTemplates";
import type { FlowTemplate, TemplateChoices } from "./templates/defineFlowTemplate";

const extensionChoice = z.union([
  z.strictObject({ use: z.string().trim().regex(/^\d{2,6}$/, "Choose one of your extensions") }),
  z.strictObject({ create: z.strictObject({ number: z.string().trim().regex(/^\d{2,6}$/, "An extension number has 2 to 6 digits"), name: z.string().trim().min(1).max(80), userId: z.string().min(1).max(64).optional() }) }),
]);
const queueChoice = z.union([
  z.strictObject({ use: z.string().min(1).max(64) }),
  z.strictObject({ create: z.strictObject({ name: z.string().trim().min(1).max(80) }) }),
]);

/** POST /api/flows/from-template: the template and, for each of its needs, an existing thing or a new one. */
export const fromTemplateBodySchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  name: flowNameSchema,
  language: z.enum(ttsLanguages).optional(),
  extensions: z.record(z.string(), extensionChoice).default({}),
  queues: z.record(z.string(), queueChoice).default({}),
});

function describeTemplate(template: FlowTemplate, locale: "en" | "pl") {
  return {
    id: template.id, label: template.labels[locale], description: template.description[locale],
    needs: {
      extensions: template.needs.extensions.map((need) => ({ key: need.key, label: need.label[locale], suggestedNumber: need.suggestedNumber, suggestedName: need.suggestedName[locale], voicemail: need.voicemail })),
      queues: template.needs.queues.map((need) => ({ key: need.key, label: need.label[locale], suggestedName: need.suggestedName[locale], memberKeys: need.memberKeys })),
      prompts: [],
    },
  };
}

/**
 * GET /api/flow-templates: each template with what it needs, plus the organisation's extensions and
 * queues to pick from, so the page can ask "use an existing one, or create it?".
 */
export async function handleListFlowTemplates(prisma: Db, session: ApiSession): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const [extensions, queues] = await Promise.all([listExtensions(db), listQueues(db)]);
  return respondOk({
    templates: flowTemplateList.map((template) => describeTemplate(template, session.locale)),
    extensions: extensions.map((extension) => ({ number: extension.number, name: extension.name, voicemail: extension.voicemailEnabled })),
    queues: queues.map((queue) => ({ id: queue.id, name: queue.name })),
  });
}

/**
 * POST /api/flows/from-template: creates what the person agreed to create (extensions with voicemail
 * where the template leaves messages, queues with the template's agents), then the flow, spoken in
 * the organisation's language. Everything chosen is checked before anything is created; a need
 * without a choice is answered with 400 listing what to ask.
 */
export async function handleCreateFlowFromTemplate(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(fromTemplateBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const template = findFlowTemplate(parsed.data.templateId);
  const pl = session.locale === "pl";
  if (!template) return respondError(404, "NOT_FOUND", pl ? "Nie ma takiego szablonu" : "No such template", [{ path: "templateId", message: "unknown" }]);
  const db = forTenant(prisma, session.tenantId);
  const [extensions, queues] = await Promise.all([listExtensions(db), listQueues(db)]);

  const issues: { path: string; message: string }[] = [];
  for (const need of template.needs.extensions) {
    const choice = parsed.data.extensions[need.key];
    if (!choice) issues.push({ path: `extensions.${need.key}`, message: pl ? `Wybierz numer wewnętrzny: ${need.label.pl}` : `Choose an extension: ${need.label.en}` });
    else if ("use" in choice && !extensions.some((e) => e.number === choice.use)) issues.push({ path: `extensions.${need.key}`, message: pl ? `Numer wewnętrzny ${choice.use} nie istnieje` : `Extension ${choice.use} does not exist` });
    else if ("create" in choice && extensions.some((e) => e.number === choice.create.number)) issues.push({ path: `extensions.${need.key}`, message: pl ? `Numer wewnętrzny ${choice.create.number} już istnieje: wybierz go zamiast tworzyć` : `Extension ${choice.create.number} already exists: use it instead` });
  }
  const newNumbers = Object.values(parsed.data.extensions).flatMap((choice) => ("create" in choice ? [choice.create.number] : []));
  if (new Set(newNumbers).size !== newNumbers.length) issues.push({ path: "extensions", message: pl ? "Dwa nowe numery wewnętrzne mają ten sam numer" : "Two new extensions have the same number" });
  for (const need of template.needs.queues) {
    const choice = parsed.data.queues[need.key];
    if (!choice) issues.push({ path: `queues.${need.key}`, message: pl ? `Wybierz kolejkę: ${need.label.pl}` : `Choose a queue: ${need.label.en}` });
    else if ("use" in choice && !queues.some((q) => q.id === choice.use)) issues.push({ path: `queues.${need.key}`, message: pl ? "Wybrana kolejka nie istnieje" : "The chosen queue does not exist" });
    else if ("create" in choice && queues.some((q) => q.name === choice.create.name)) issues.push({ path: `queues.${need.key}`, message: pl ? `Kolejka „${choice.create.name}” już istnieje: wybierz ją zamiast tworzyć` : `The queue “${choice.create.name}” already exists: use it instead` });
  }
  if (issues.length) {
    return { status: 400, body: { error: { code: "TEMPLATE_NEEDS", message: pl ? "Szablon potrzebuje jeszcze kilku rzeczy" : "The template needs a few more things", issues }, needs: describeTemplate(template, session.locale).needs } };
  }
  const creates = Object.values(parsed.data.extensions).some((c) => "create" in c) || Object.values(parsed.data.queues).some((c) => "create" in c);
  if (Object.values(parsed.data.extensions).some((c) => "create" in c) && !can(session.role, "extensions.manage")) return respondNoPermission(session, "extensions.manage");
  if (Object.values(parsed.data.queues).some((c) => "create" in c) && !can(session.role, "queues.manage")) return respondNoPermission(session, "queues.manage");

  const tenantLanguage = (await getTenant(prisma, session.tenantId))?.language ?? "pl-PL";
  const language: TtsLanguage = parsed.data.language ?? ((ttsLanguages as readonly string[]).includes(tenantLanguage) ? (tenantLanguage as TtsLanguage) : "pl-PL");
  const created = { extensions: [] as { number: string; name: string; sip: { username: string; realm: string; password: string } }[], queues: [] as { id: string; name: string }[], voicemailTurnedOn: [] as string[] };
  try {
    const choices: TemplateChoices = { language, extensions: {}, queues: {} };
    const extensionIds = new Map(extensions.map((e) => [e.number, e.id]));
    for (const need of template.needs.extensions) {
      const choice = parsed.data.extensions[need.key]!;
      if ("use" in choice) {
        choices.extensions[need.key] = choice.use;
        // Messages left here go to that extension's box: it is switched on (the person chose this).
        const existing = extensions.find((e) => e.number === choice.use);
        if (need.voicemail && existing && !existing.voicemailEnabled) {
          await updateExtension(prisma, session.tenantId, existing.id, { voicemailEnabled: true, actorId: session.userId });
          created.voicemailTurnedOn.push(choice.use);
        }
        continue;
      }
      const result = await createExtension(prisma, session.tenantId, { ...choice.create, voicemailEnabled: need.voicemail, actorId: session.userId });
      extensionIds.set(choice.create.number, result.extension!.id);
      created.extensions.push({ number: choice.create.number, name: choice.create.name, sip: result.sip });
      choices.extensions[need.key] = choice.create.number;
    }
    for (const need of template.needs.queues) {
      const choice = parsed.data.queues[need.key]!;
      if ("use" in choice) { choices.queues[need.key] = { queueId: choice.use }; continue; }
      const members = need.memberKeys.map((key) => extensionIds.get(choices.extensions[key] ?? "")).filter((id): id is string => Boolean(id)).map((extensionId) => ({ extensionId, penalty: 0 }));
      const queue = await createQueue(prisma, session.tenantId, {
        name: choice.create.name, strategy: "inOrder", ringSeconds: 20, wrapUpSeconds: 10, maxWaitSeconds: 300, overflowAction: "hangup", overflowTarget: null, overflowMessage: null,
        holdMusic: [], announceEverySeconds: 60, announcePosition: true, announceWaitTime: false, recordingPolicy: "never", members: [...new Map(members.map((m) => [m.extensionId, m])).values()], actorId: session.userId,
      });
      created.queues.push({ id: queue!.id, name: queue!.name });
      choices.queues[need.key] = { queueId: queue!.id };
    }
    const flow = await createFlow(db, { name: parsed.data.name, draft: template.build(choices), userId: session.userId });
    return respondOk({ flow: { id: flow.id, name: flow.name }, created, createdAnything: creates }, 201);
  } catch (error) {
    return respondDomainError(error, session.locale);
  }
}
