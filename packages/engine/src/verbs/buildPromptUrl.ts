/**
 * The URL of a library prompt in one language: `<promptBaseUrl>/<promptId>/<language>.wav`. The
 * base is signed by the runtime for the call's tenant; the server plays the recording in that
 * language, or its fallback. Ending in `.wav` tells jambonz's media server the file type.
 */
export function buildPromptUrl(promptBaseUrl: string, promptId: string, language: string): string {
  return `${promptBaseUrl.endsWith("/") ? promptBaseUrl.slice(0, -1) : promptBaseUrl}/${encodeURIComponent(promptId)}/${encodeURIComponent(language)}.wav`;
}
