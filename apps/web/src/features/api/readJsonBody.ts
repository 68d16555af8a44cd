import { JSON_BODY_LIMITS, type JsonBodyLimits } from "./jsonBodyLimits";
import { RejectedJsonBody } from "./RejectedJsonBody";

/**
 * The request's JSON body; undefined when it is missing or not JSON (handlers answer 400); a
 * RejectedJsonBody when it breaks a cap (parseJsonBody answers 413/422). The body is read as it
 * streams in and reading stops at the byte cap, so a 100 MB body is never held in memory. Nesting
 * is measured on the text before JSON.parse, so no deep structure is ever built.
 */
export async function readJsonBody(request: Request, limits: JsonBodyLimits = JSON_BODY_LIMITS): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return new RejectedJsonBody("tooLarge", limits.maxBytes);
  }
  const bytes = await readAtMost(request, limits.maxBytes);
  if (bytes === "tooLarge") return new RejectedJsonBody("tooLarge", limits.maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.trim() === "") return undefined;
  const shape = measureJsonText(text);
  if (shape.depth > limits.maxDepth) return new RejectedJsonBody("tooDeep", limits.maxDepth);
  if (shape.values > limits.maxValues) return new RejectedJsonBody("tooManyValues", limits.maxValues);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array | "tooLarge"> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return "tooLarge";
      }
      chunks.push(value);
    }
  } catch {
    return new Uint8Array(0); // the client went away mid-body: nothing to parse
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The deepest nesting of objects/arrays and roughly how many values a JSON text holds, skipping strings. */
export function measureJsonText(text: string): { depth: number; values: number } {
  let depth = 0;
  let deepest = 0;
  let values = text.length > 0 ? 1 : 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) i++;
      else if (code === 34 /* " */) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth--;
    else if (code === 44 /* , */) values++;
  }
  return { depth: deepest, values };
}
