import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { WebSocketServer, type RawData } from "ws";
import { randomUUID } from "node:crypto";
import { createRecording, forTenant, type Db } from "@centrala/db";
import { buildRecordingKey, buildWavHeader, type MediaStorage } from "@centrala/media";
import type { Logger } from "../observability/createLogger";
import { verifyAudioGrant } from "./audioToken";

type Metadata = { sampleRate?: number; mixType?: string; kind?: string; mailbox?: string; from?: string; queueId?: string; agentId?: string };

/**
 * Receives call audio that jambonz streams with `listen` (call recording and voicemail; jambonz has
 * no record verb): a JSON metadata frame, then 16-bit PCM frames. Each stream is spooled to a
 * private temporary file, then stored as a WAV through media storage (local folder or S3) with a
 * Recording row of the tenant named in the signed grant in the URL.
 */
export function createAudioReceiver(opts: { prisma: Db; secret: string; storage: MediaStorage; logger: Logger; beforeInsert?: () => Promise<void> }) {
  const spool = mkdtempSync(path.join(os.tmpdir(), "centrala-audio-"));
  const wss = new WebSocketServer({ noServer: true, handleProtocols: (p) => (p.has("audio.drachtio.org") ? "audio.drachtio.org" : false) });
  wss.on("connection", (ws, req) => {
    const token = new URL(req.url ?? "/", "http://x").searchParams.get("grant") ?? "";
    const grant = verifyAudioGrant(token, opts.secret);
    const log = opts.logger.child({ call_sid: grant?.callSid, component: "audio" });
    if (!grant) {
      log.warn("audio stream with an invalid grant refused");
      ws.close(1008, "invalid grant");
      return;
    }
    const id = randomUUID();
    const file = path.join(spool, `${id}.wav`);
    let fd: number | null = null;
    let meta: Metadata = {};
    let bytes = 0;
    ws.on("message", (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        try { meta = JSON.parse(data.toString()) as Metadata; } catch { log.warn("unreadable audio metadata"); }
        return;
      }
      fd ??= openSync(file, "w");
      if (bytes === 0) writeSync(fd, Buffer.alloc(44)); // header is written once the length is known
      const chunk = Buffer.isBuffer(data) ? data : Buffer.concat(data as Buffer[]);
      writeSync(fd, chunk);
      bytes += chunk.length;
    });
    ws.on("close", () => {
      void (async () => {
        if (fd === null) return;
        const sampleRate = meta.sampleRate ?? 8000;
        const channels = meta.mixType === "stereo" ? 2 : 1;
        writeSync(fd, buildWavHeader(bytes, sampleRate, channels), 0, 44, 0);
        closeSync(fd);
        const key = buildRecordingKey(grant.tenantId, id);
        try {
          await opts.storage.put(key, createReadStream(file), { contentType: "audio/wav" });
        } finally {
          rmSync(file, { force: true });
        }
        await opts.beforeInsert?.();
        await createRecording(forTenant(opts.prisma, grant.tenantId), {
          id, callId: grant.callId, kind: meta.kind === "voicemail" ? "voicemail" : "call", mailbox: meta.mailbox ?? null,
          fromNumber: typeof meta.from === "string" ? meta.from.slice(0, 64) : null,
          queueId: typeof meta.queueId === "string" ? meta.queueId.slice(0, 100) : null,
          agentExtensionId: typeof meta.agentId === "string" ? meta.agentId.slice(0, 100) : null,
          storageKey: key, sizeBytes: bytes + 44, durationMs: Math.round((bytes / (sampleRate * channels * 2)) * 1000),
        });
        log.info({ kind: meta.kind, bytes }, "recording stored");
      })().catch((err: unknown) => log.error({ err: err instanceof Error ? err.message : String(err) }, "could not store a recording"));
    });
  });
  return wss;
}
