import { mkdirSync, openSync, writeSync, closeSync, rmSync } from "node:fs";
import path from "node:path";
import { WebSocketServer, type RawData } from "ws";
import { randomUUID } from "node:crypto";
import type { Db } from "@centrala/db";
import type { Logger } from "../observability/createLogger";
import { verifyAudioGrant } from "./audioToken";
import { writeWavHeader } from "./writeWavHeader";

type Metadata = { sampleRate?: number; mixType?: string; kind?: string; mailbox?: string };

/**
 * Receives call audio that jambonz streams with `listen` (call recording and voicemail; jambonz has
 * no record verb): a JSON metadata frame, then 16-bit PCM frames. Each stream becomes a WAV file
 * and a Recording row of the tenant named in the signed grant in the URL.
 */
export function createAudioReceiver(opts: { prisma: Db; secret: string; dir: string; logger: Logger; beforeInsert?: () => Promise<void> }) {
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
    const folder = path.join(opts.dir, grant.tenantId);
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${id}.wav`);
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
        if (fd === null || bytes === 0) {
          if (fd !== null) { closeSync(fd); rmSync(file, { force: true }); }
          return;
        }
        const sampleRate = meta.sampleRate ?? 8000;
        const channels = meta.mixType === "stereo" ? 2 : 1;
        writeSync(fd, writeWavHeader(bytes, sampleRate, channels), 0, 44, 0);
        closeSync(fd);
        await opts.beforeInsert?.();
        await opts.prisma.recording.create({
          data: {
            id, tenantId: grant.tenantId, callId: grant.callId, kind: meta.kind === "voicemail" ? "voicemail" : "call",
            mailbox: meta.mailbox ?? null, storageKey: `${grant.tenantId}/${id}.wav`, sizeBytes: bytes + 44,
            durationMs: Math.round((bytes / (sampleRate * channels * 2)) * 1000),
          },
        });
        log.info({ kind: meta.kind, bytes }, "recording stored");
      })().catch((err: unknown) => log.error({ err: err instanceof Error ? err.message : String(err) }, "could not store a recording"));
    });
  });
  return wss;
}
