/**
 * A part of a decoded recording as a mono 16-bit PCM WAV file (what the browser recorded, trimmed).
 * The server levels and resamples it; WAV keeps the upload independent of the browser's codec.
 */
export function encodeWav(buffer: AudioBuffer, startSeconds: number, endSeconds: number): Blob {
  const rate = buffer.sampleRate;
  const from = Math.max(0, Math.floor(startSeconds * rate));
  const to = Math.min(buffer.length, Math.ceil(endSeconds * rate));
  const count = Math.max(0, to - from);
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, index) => buffer.getChannelData(index));
  const view = new DataView(new ArrayBuffer(44 + count * 2));
  const text = (offset: number, value: string) => [...value].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + count * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, count * 2, true);
  for (let i = 0; i < count; i += 1) {
    let sample = 0;
    for (const channel of channels) sample += channel[from + i] ?? 0;
    sample = Math.max(-1, Math.min(1, sample / channels.length));
    view.setInt16(44 + i * 2, Math.round(sample * 32767), true);
  }
  return new Blob([view], { type: "audio/wav" });
}
