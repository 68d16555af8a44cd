import type { PromptView } from "./api/serializePrompt";

export type UploadOutcome = { ok: true; prompt: PromptView; durationMs: number } | { ok: false; message: string };

/**
 * PUT /api/prompts/[id]/variants/[language] with the file as the body, through XMLHttpRequest so
 * the screen can show real upload progress (fetch has no upload progress events). `onProgress`
 * gets 0..1 while bytes go up; the server then checks and levels the audio before it answers.
 */
export function uploadPromptVariant(promptId: string, language: string, file: Blob, fileName: string, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("PUT", `/api/prompts/${encodeURIComponent(promptId)}/variants/${encodeURIComponent(language)}`);
    request.setRequestHeader("x-file-name", encodeURIComponent(fileName));
    request.setRequestHeader("content-type", file.type || "application/octet-stream");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onload = () => {
      const body = request.response as { prompt?: PromptView; variant?: { durationMs: number }; error?: { message?: string } } | null;
      if (request.status >= 200 && request.status < 300 && body?.prompt) resolve({ ok: true, prompt: body.prompt, durationMs: body.variant?.durationMs ?? 0 });
      else resolve({ ok: false, message: body?.error?.message ?? "" });
    };
    request.onerror = () => resolve({ ok: false, message: "" });
    request.send(file);
  });
}
