/** Speaks a prompt with the browser's own voice (test calls only); silent where there is none. */
export function speakText(text: string, language: string | undefined): void {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  if (language) utterance.lang = language;
  window.speechSynthesis.speak(utterance);
}

let playing: HTMLAudioElement | null = null;

/** Plays an uploaded prompt as the caller would hear it; a recording that cannot load stays silent. */
export function playAudio(url: string): void {
  if (typeof window === "undefined") return;
  playing?.pause();
  playing = new Audio(url);
  void playing.play().catch(() => undefined);
}

export function stopSpeaking(): void {
  playing?.pause();
  playing = null;
  if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
}

/** The TTS language of a say verb (also one nested in a gather), as the runtime sent it. */
export function readSayLanguage(verb: unknown): string | undefined {
  const v = verb as { verb?: string; say?: { synthesizer?: { language?: string } }; synthesizer?: { language?: string } } | null;
  return v?.synthesizer?.language ?? v?.say?.synthesizer?.language;
}
