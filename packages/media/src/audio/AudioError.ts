/** Why an upload was refused; each code has a plain-language message in Polish and English. */
export type AudioErrorCode = "EMPTY" | "TOO_LARGE" | "NOT_AUDIO" | "UNSUPPORTED_AUDIO" | "UNREADABLE" | "TRUNCATED" | "TOO_LONG" | "TOO_SLOW";

export type AudioErrorDetails = {
  detectedType?: string;
  maxBytes?: number;
  maxSeconds?: number;
  seconds?: number;
  declaredSeconds?: number;
};

/** An upload that cannot become a prompt; nothing has been stored when it is thrown. */
export class AudioError extends Error {
  constructor(readonly code: AudioErrorCode, readonly details: AudioErrorDetails = {}) {
    super(describeAudioError(code, details, "en"));
    this.name = "AudioError";
  }
}

const formatMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const formatMinutes = (seconds: number, locale: "en" | "pl") => {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (locale === "en") return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const lastTwo = minutes % 100;
  const last = minutes % 10;
  const word = minutes === 1 ? "minuta" : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "minuty" : "minut";
  return `${minutes} ${word}`;
};
const formatSeconds = (seconds: number) => (seconds >= 120 ? `${Math.round(seconds / 60)} min` : `${seconds.toFixed(1)} s`);

/** The message a person sees for an upload error, in their language. */
export function describeAudioError(code: AudioErrorCode, d: AudioErrorDetails, locale: "en" | "pl"): string {
  const pl = locale === "pl";
  switch (code) {
    case "EMPTY":
      return pl ? "Plik jest pusty (0 bajtów). Wybierz nagranie WAV, MP3, OGG lub M4A." : "The file is empty (0 bytes). Choose a WAV, MP3, OGG or M4A recording.";
    case "TOO_LARGE":
      return pl ? `Plik jest za duży: limit to ${formatMb(d.maxBytes ?? 0)}. Skróć nagranie lub zapisz je jako MP3.` : `The file is too large: the limit is ${formatMb(d.maxBytes ?? 0)}. Shorten the recording or save it as MP3.`;
    case "NOT_AUDIO":
      return d.detectedType
        ? (pl ? `To nie jest nagranie dźwiękowe, tylko plik ${d.detectedType}. Wybierz plik WAV, MP3, OGG lub M4A.` : `This is not an audio recording but a ${d.detectedType} file. Choose a WAV, MP3, OGG or M4A file.`)
        : (pl ? "To nie jest nagranie dźwiękowe w obsługiwanym formacie. Wybierz plik WAV, MP3, OGG lub M4A." : "This is not an audio recording in a supported format. Choose a WAV, MP3, OGG or M4A file.");
    case "UNSUPPORTED_AUDIO":
      return pl ? `Ten rodzaj dźwięku (${d.detectedType ?? "nieznany"}) nie jest obsługiwany. Zapisz nagranie jako WAV, MP3, OGG lub M4A.` : `This kind of audio (${d.detectedType ?? "unknown"}) is not supported. Save the recording as WAV, MP3, OGG or M4A.`;
    case "UNREADABLE":
      return pl ? "Nie da się odczytać dźwięku z tego pliku: jest uszkodzony albo niekompletny." : "The audio in this file cannot be read: it is damaged or incomplete.";
    case "TRUNCATED":
      return pl
        ? `Plik jest ucięty: według nagłówka trwa ${formatSeconds(d.declaredSeconds ?? 0)}, ale da się odczytać tylko ${formatSeconds(d.seconds ?? 0)}. Prześlij go ponownie.`
        : `The file is cut short: its header says ${formatSeconds(d.declaredSeconds ?? 0)} but only ${formatSeconds(d.seconds ?? 0)} could be read. Upload it again.`;
    case "TOO_LONG":
      return pl
        ? `Nagranie jest za długie (${formatSeconds(d.seconds ?? 0)}): limit to ${formatMinutes(d.maxSeconds ?? 0, "pl")}.`
        : `The recording is too long (${formatSeconds(d.seconds ?? 0)}): the limit is ${formatMinutes(d.maxSeconds ?? 0, "en")}.`;
    case "TOO_SLOW":
      return pl ? "Przetwarzanie nagrania trwało za długo i zostało przerwane. Spróbuj krótszego pliku." : "Processing the recording took too long and was stopped. Try a shorter file.";
  }
}
