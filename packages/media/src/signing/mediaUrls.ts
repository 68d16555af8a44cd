import { checkKeyPart } from "../keys/mediaKeys";
import { promptGrantScope, readPlaybackGrantExpiry, readPromptGrantExpiry, recordingGrantScope, signMediaGrant } from "./mediaGrant";

export const PROMPT_AUDIO_PATH = "/api/prompt-audio";
export const RECORDING_AUDIO_PATH = "/api/recording-audio";

/**
 * The signed base the runtime hands the engine (`CallEnv.promptBaseUrl`): one per tenant and UTC
 * day. The engine, which holds no secrets, appends `/<promptId>/<language>.wav`.
 */
export function buildPromptBaseUrl(origin: string, key: Buffer, tenantId: string, nowMs: number): string {
  checkKeyPart(tenantId, "tenant id");
  const grant = signMediaGrant(key, promptGrantScope(tenantId), readPromptGrantExpiry(nowMs));
  return `${trimSlash(origin)}${PROMPT_AUDIO_PATH}/${tenantId}/${grant}`;
}

/** The URL of one prompt variant, as the engine builds it from the base. */
export function buildPromptAudioUrl(promptBaseUrl: string, promptId: string, language: string): string {
  return `${trimSlash(promptBaseUrl)}/${encodeURIComponent(promptId)}/${encodeURIComponent(language)}.wav`;
}

/** A signed link for playing or downloading a recording or voicemail message in the browser. */
export function buildRecordingUrl(origin: string, key: Buffer, tenantId: string, recordingId: string, nowMs: number, download = false): string {
  checkKeyPart(tenantId, "tenant id");
  checkKeyPart(recordingId, "recording id");
  const grant = signMediaGrant(key, recordingGrantScope(tenantId, recordingId), readPlaybackGrantExpiry(nowMs));
  return `${trimSlash(origin)}${RECORDING_AUDIO_PATH}/${tenantId}/${grant}/${recordingId}.wav${download ? "?download=1" : ""}`;
}

/** What a media URL path asks for (before its grant is checked). */
export type MediaRequestTarget =
  | { kind: "prompt"; tenantId: string; grant: string; promptId: string; language: string }
  | { kind: "recording"; tenantId: string; grant: string; recordingId: string };

const promptPath = /^\/api\/prompt-audio\/([A-Za-z0-9_-]{1,100})\/([^/]{1,80})\/([A-Za-z0-9_-]{1,100})\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.wav$/;
const recordingPath = /^\/api\/recording-audio\/([A-Za-z0-9_-]{1,100})\/([^/]{1,80})\/([A-Za-z0-9_-]{1,100})\.wav$/;

/** Reads a media URL path; null when it is not one. */
export function parseMediaPath(pathname: string): MediaRequestTarget | null {
  const prompt = promptPath.exec(pathname);
  if (prompt) return { kind: "prompt", tenantId: prompt[1]!, grant: prompt[2]!, promptId: prompt[3]!, language: prompt[4]! };
  const recording = recordingPath.exec(pathname);
  if (recording) return { kind: "recording", tenantId: recording[1]!, grant: recording[2]!, recordingId: recording[3]! };
  return null;
}

function trimSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
