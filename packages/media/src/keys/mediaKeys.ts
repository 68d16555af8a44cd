// Storage keys are made here and nowhere else: every key starts with its tenant, so a listing or a
// deletion by prefix can never reach another tenant's files, and ids are checked so a key cannot
// climb out of its folder.

const safeId = /^[A-Za-z0-9_-]{1,100}$/;

/** Throws unless `id` is a plain identifier (cuid, uuid, language code). */
export function checkKeyPart(id: string, what: string): string {
  if (!safeId.test(id)) throw new Error(`${what} "${id.slice(0, 40)}" cannot be part of a storage key`);
  return id;
}

/** Everything a tenant owns lives under this prefix. */
export function buildTenantPrefix(tenantId: string): string {
  return `tenants/${checkKeyPart(tenantId, "tenant id")}/`;
}

/** The folder of one prompt (all its language variants and files). */
export function buildPromptPrefix(tenantId: string, promptId: string): string {
  return `${buildTenantPrefix(tenantId)}prompts/${checkKeyPart(promptId, "prompt id")}/`;
}

/**
 * One upload of one language variant: the file as uploaded and the normalised WAV jambonz plays.
 * `revision` is unique per upload, so replacing a variant never overwrites a file in use.
 */
export function buildPromptVariantKeys(tenantId: string, promptId: string, language: string, revision: string, originalExtension: string) {
  const folder = `${buildPromptPrefix(tenantId, promptId)}${checkKeyPart(language, "language")}/${checkKeyPart(revision, "revision")}/`;
  return { original: `${folder}original.${checkKeyPart(originalExtension, "extension")}`, normalised: `${folder}normalised.wav` };
}

/** A call recording or voicemail message. */
export function buildRecordingKey(tenantId: string, recordingId: string): string {
  return `${buildTenantPrefix(tenantId)}recordings/${checkKeyPart(recordingId, "recording id")}.wav`;
}

/** The tenant a key belongs to, or null for a key this module did not make. */
export function readKeyTenant(key: string): string | null {
  const match = /^tenants\/([A-Za-z0-9_-]{1,100})\//.exec(key);
  return match?.[1] ?? null;
}
