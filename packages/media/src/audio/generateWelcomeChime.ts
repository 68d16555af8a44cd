import { buildWavHeader } from "./readWavInfo";

const rate = 22_050;
// A three-note station chime (E5, C5, G4), each a bell: a fundamental with inharmonic partials.
const notes = [{ hz: 659.26, at: 0 }, { hz: 523.25, at: 0.45 }, { hz: 392.0, at: 0.9 }];
const partials = [{ ratio: 1, level: 1 }, { ratio: 2.76, level: 0.25 }, { ratio: 5.4, level: 0.08 }];
const lengthSeconds = 2.6;

/**
 * The demo tenant's recorded prompt: a welcome chime synthesised here (no downloaded audio), as a
 * 22.05 kHz WAV that goes through the same upload checks and normalisation as any upload.
 */
export function generateWelcomeChime(): Buffer {
  const total = Math.round(lengthSeconds * rate);
  const pcm = Buffer.alloc(total * 2);
  for (let i = 0; i < total; i++) {
    const t = i / rate;
    let sample = 0;
    for (const note of notes) {
      const since = t - note.at;
      if (since < 0) continue;
      const envelope = Math.min(1, since / 0.004) * Math.exp(-2.2 * since);
      for (const p of partials) sample += p.level * envelope * Math.sin(2 * Math.PI * note.hz * p.ratio * since) * Math.exp(-p.ratio * 0.6 * since);
    }
    pcm.writeInt16LE(Math.round(Math.tanh(sample * 0.5) * 32767 * 0.6), i * 2);
  }
  return Buffer.concat([buildWavHeader(pcm.length, rate, 1), pcm]);
}
