"use client";

import { useEffect, useRef, useState } from "react";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type WaveSurfer from "wavesurfer.js";
import { Button } from "../ui/button/Button";

type Props = { url: string; title: string; caller: string; onClose: () => void };

/**
 * Plays one recording with its waveform (wavesurfer.js drawing over the page's own <audio>
 * element, so the browser's controls and keyboard still work). The signed link comes from the
 * access route, which has already written the play into the audit log.
 */
export function RecordingPlayer({ url, title, caller, onClose }: Props) {
  const t = useTranslations("recordings");
  const audioRef = useRef<HTMLAudioElement>(null);
  const waveformRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!audioRef.current || !waveformRef.current) return;
    let cancelled = false;
    let surfer: WaveSurfer | null = null;
    setReady(false);
    void (async () => {
      const { default: WaveSurferClass } = await import("wavesurfer.js");
      if (cancelled || !audioRef.current || !waveformRef.current) return;
      surfer = WaveSurferClass.create({
        container: waveformRef.current, media: audioRef.current, url, height: 72,
        waveColor: "#64748b", progressColor: "#0f766e", cursorColor: "#0f172a", barWidth: 2, barGap: 1,
      });
      surfer.on("ready", () => {
        setReady(true);
        void surfer?.play().catch(() => {});
      });
    })();
    return () => {
      cancelled = true;
      surfer?.destroy();
    };
  }, [url]);

  return (
    <section aria-label={title} className="space-y-3 rounded-xl border border-teal-300 bg-white p-4 shadow-sm" data-testid="recording-player">
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        <Button variant="ghost" size="icon" onClick={onClose} aria-label={t("close")} data-testid="recording-player-close"><X aria-hidden="true" /></Button>
      </div>
      <div ref={waveformRef} aria-hidden="true" className="min-h-[72px]" data-testid="recording-waveform" data-ready={ready} />
      {!ready && <p className="text-sm text-slate-600" role="status">{t("loading")}</p>}
      <audio ref={audioRef} controls preload="auto" aria-label={t("player", { caller })} className="w-full" data-testid="recording-audio" />
    </section>
  );
}
