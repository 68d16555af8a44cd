/** Format and length of a PCM WAV file, read from its header chunks. */
export type WavInfo = { sampleRate: number; channels: number; bitsPerSample: number; dataOffset: number; dataBytes: number; durationMs: number };

/** Reads a WAV header (RIFF chunks: `fmt `, then `data`); null when the bytes are not a PCM WAV. */
export function readWavInfo(head: Buffer, fileSize = head.length): WavInfo | null {
  if (head.length < 12 || head.toString("ascii", 0, 4) !== "RIFF" || head.toString("ascii", 8, 12) !== "WAVE") return null;
  let offset = 12;
  let format: Omit<WavInfo, "dataOffset" | "dataBytes" | "durationMs"> | null = null;
  while (offset + 8 <= head.length) {
    const id = head.toString("ascii", offset, offset + 4);
    const size = head.readUInt32LE(offset + 4);
    if (id === "fmt " && offset + 24 <= head.length) {
      format = { channels: head.readUInt16LE(offset + 10), sampleRate: head.readUInt32LE(offset + 12), bitsPerSample: head.readUInt16LE(offset + 22) };
    }
    if (id === "data") {
      if (!format || format.sampleRate === 0 || format.channels === 0 || format.bitsPerSample === 0) return null;
      const dataOffset = offset + 8;
      const dataBytes = Math.min(size, Math.max(0, fileSize - dataOffset));
      const bytesPerSecond = format.sampleRate * format.channels * (format.bitsPerSample / 8);
      return { ...format, dataOffset, dataBytes, durationMs: Math.round((dataBytes / bytesPerSecond) * 1000) };
    }
    offset += 8 + size + (size % 2);
  }
  return null;
}

/** A 44-byte RIFF/WAVE header for 16-bit little-endian PCM. */
export function buildWavHeader(dataBytes: number, sampleRate: number, channels: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVE", 8);
  header.write("fmt ", 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(dataBytes, 40);
  return header;
}
