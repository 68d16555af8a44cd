"use client";

import { useEffect, useRef, useState } from "react";
import { Mic, Play, RotateCcw, Square, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import type WaveSurfer from "wavesurfer.js";
import type { Region } from "wavesurfer.js/plugins/regions";
import { Button } from "../ui/button/Button";
import { Input } from "../ui/input/Input";
import { Label } from "../ui/label/Label";
import { encodeWav } from "./encodeWav";

type Take = { buffer: AudioBuffer; url: string };
type Trim = { start: number; end: number };

const round = (seconds: number) => Math.round(seconds * 10) / 10;

/** The loudest sample of each of `count` slices of the first channel: enough to draw the waveform. */
function computePeaks(buffer: AudioBuffer, count: number): number[] {
  const samples = buffer.getChannelData(0);
  const size = Math.max(1, Math.floor(samples.length / count));
  return Array.from({ length: Math.ceil(samples.length / size) }, (_, slice) => {
    let peak = 0;
    for (let i = slice * size; i < Math.min(samples.length, (slice + 1) * size); i += 1) peak = Math.max(peak, Math.abs(samples[i] ?? 0));
    return peak;
  });
}

/**
 * Records from the microphone (MediaRecorder), shows the waveform with a trim region (wavesurfer.js)
 * and hands the kept part over as a WAV file. Trim by dragging the region's edges or typing times.
 */
export function PromptRecorder({ onRecorded, busy }: { onRecorded: (wav: Blob) => void; busy: boolean }) {
  const t = useTranslations("prompts.recorder");
  const [state, setState] = useState<"idle" | "recording" | "recorded">("idle");
  const [elapsed, setElapsed] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [take, setTake] = useState<Take | null>(null);
  const [trim, setTrim] = useState<Trim>({ start: 0, end: 0 });
  const recorderRef = useRef<MediaRecorder | null>(null);
  const waveformRef = useRef<HTMLDivElement>(null);
  const surferRef = useRef<WaveSurfer | null>(null);
  const regionRef = useRef<Region | null>(null);

  useEffect(() => {
    if (state !== "recording") return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed((Date.now() - started) / 1000), 200);
    return () => clearInterval(timer);
  }, [state]);

  // The waveform of the take, with one region covering what is kept.
  useEffect(() => {
    if (!take || !waveformRef.current) return;
    let cancelled = false;
    let surfer: WaveSurfer | null = null;
    void (async () => {
      const [{ default: WaveSurferClass }, { default: RegionsPlugin }] = await Promise.all([import("wavesurfer.js"), import("wavesurfer.js/plugins/regions")]);
      if (cancelled || !waveformRef.current) return;
      // Peaks computed here, so wavesurfer only plays the blob (media-src) and never fetches it (connect-src).
      surfer = WaveSurferClass.create({
        container: waveformRef.current, height: 96, waveColor: "#64748b", progressColor: "#0f766e", cursorColor: "#0f172a",
        url: take.url, peaks: [computePeaks(take.buffer, 1200)], duration: take.buffer.duration,
      });
      surferRef.current = surfer;
      const regions = surfer.registerPlugin(RegionsPlugin.create());
      const addRegion = () => {
        if (regionRef.current) return;
        regionRef.current = regions.addRegion({ start: 0, end: take.buffer.duration, drag: false, resize: true, color: "rgba(13, 148, 136, 0.18)" });
      };
      surfer.on("decode", addRegion);
      surfer.on("ready", addRegion);
      regions.on("region-updated", (region) => setTrim({ start: round(region.start), end: round(region.end) }));
    })();
    return () => {
      cancelled = true;
      surfer?.destroy();
      surferRef.current = null;
      regionRef.current = null;
    };
  }, [take]);

  useEffect(() => () => recorderRef.current?.stream.getTracks().forEach((track) => track.stop()), []);

  async function start() {
    setError(null);
    if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setError(t("unsupported"));
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const recorder = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
      recorder.onstop = async () => {
        stream.getTracks().forEach((track) => track.stop());
        const context = new AudioContext();
        try {
          const buffer = await context.decodeAudioData(await new Blob(chunks, { type: recorder.mimeType }).arrayBuffer());
          if (take) URL.revokeObjectURL(take.url);
          setTake({ buffer, url: URL.createObjectURL(encodeWav(buffer, 0, buffer.duration)) });
          setTrim({ start: 0, end: round(buffer.duration) });
          setState("recorded");
        } catch (decodeError) {
          setError(t("noMicrophone", { reason: String((decodeError as Error).message ?? decodeError) }));
          setState("idle");
        } finally {
          void context.close();
        }
      };
      recorderRef.current = recorder;
      recorder.start(250);
      setElapsed(0);
      setState("recording");
    } catch (micError) {
      setError(t("noMicrophone", { reason: (micError as Error).message || String(micError) }));
    }
  }

  function changeTrim(next: Trim) {
    setTrim(next);
    if (next.end > next.start) regionRef.current?.setOptions({ start: next.start, end: next.end });
  }

  const badTrim = !(trim.end > trim.start);
  const total = take ? round(take.buffer.duration) : 0;
  return (
    <div className="space-y-4" data-testid="prompt-recorder">
      <div className="flex flex-wrap items-center gap-3">
        {state === "recording" ? (
          <>
            <Button variant="destructive" onClick={() => recorderRef.current?.stop()} data-testid="recorder-stop"><Square aria-hidden="true" />{t("stop")}</Button>
            <span role="status" className="text-sm font-medium text-red-700" data-testid="recorder-elapsed">{t("recording", { seconds: Math.floor(elapsed) })}</span>
          </>
        ) : (
          <Button variant={state === "recorded" ? "secondary" : "primary"} onClick={() => void start()} disabled={busy} data-testid="recorder-start">
            {state === "recorded" ? <RotateCcw aria-hidden="true" /> : <Mic aria-hidden="true" />}{state === "recorded" ? t("again") : t("start")}
          </Button>
        )}
      </div>
      {error && <p role="alert" className="text-sm text-red-700" data-testid="recorder-error">{error}</p>}
      {take && state === "recorded" && (
        <>
          <div ref={waveformRef} role="img" aria-label={t("waveform")} className="rounded-md border border-slate-200 bg-slate-50" data-testid="recorder-waveform" />
          <div className="grid grid-cols-2 gap-3">
            <div className="space-y-1.5">
              <Label htmlFor="trim-start">{t("trimStart")}</Label>
              <Input id="trim-start" type="number" step={0.1} min={0} max={total} value={trim.start} onChange={(event) => changeTrim({ ...trim, start: event.target.valueAsNumber || 0 })} aria-invalid={badTrim} />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="trim-end">{t("trimEnd")}</Label>
              <Input id="trim-end" type="number" step={0.1} min={0} max={total} value={trim.end} onChange={(event) => changeTrim({ ...trim, end: event.target.valueAsNumber || 0 })} aria-invalid={badTrim} />
            </div>
          </div>
          <p className="text-sm text-slate-700" data-testid="recorder-kept">{badTrim ? <span className="text-red-700">{t("badTrim")}</span> : t("kept", { seconds: round(trim.end - trim.start), total })}</p>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={badTrim} onClick={() => void surferRef.current?.play(trim.start, trim.end)}><Play aria-hidden="true" />{t("playSelection")}</Button>
            <Button disabled={badTrim || busy} onClick={() => onRecorded(encodeWav(take.buffer, trim.start, Math.min(trim.end, take.buffer.duration)))} data-testid="recorder-upload">
              <Upload aria-hidden="true" />{t("upload")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
