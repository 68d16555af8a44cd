import { PROMPT_SAMPLE_RATE } from "./promptFormat";
import { buildWavHeader } from "./readWavInfo";

// Four bars of a slow I–vi–IV–V progression in C major, each chord played as a soft broken
// arpeggio over a sustained bass: calm, not a ringtone, and it loops without a seam.
const chords: { bass: number; notes: number[] }[] = [
  { bass: 48, notes: [60, 64, 67, 72] },
  { bass: 45, notes: [57, 60, 64, 69] },
  { bass: 41, notes: [57, 60, 65, 69] },
  { bass: 43, notes: [55, 59, 62, 67] },
];
const beatSeconds = 0.75; // 80 beats a minute
const beatsPerChord = 8;
const rounds = 2;

/** Length of the project's own music on hold, in milliseconds. */
export const HOLD_MELODY_DURATION_MS = Math.round(chords.length * beatsPerChord * beatSeconds * rounds * 1000);

const frequency = (midi: number) => 440 * Math.pow(2, (midi - 69) / 12);

/**
 * The default music on hold, synthesised here (no downloaded music): a 16 kHz mono 16-bit WAV of
 * a gentle electric-piano-like arpeggio, at about the prompts' loudness.
 */
export function generateHoldMelody(): Buffer {
  const rate = PROMPT_SAMPLE_RATE;
  const total = Math.round((HOLD_MELODY_DURATION_MS / 1000) * rate);
  const mix = new Float64Array(total);
  const chordSeconds = beatsPerChord * beatSeconds;
  for (let round = 0; round < rounds; round++) {
    chords.forEach((chord, index) => {
      const start = (round * chords.length + index) * chordSeconds;
      addTone(mix, rate, frequency(chord.bass), start, chordSeconds, 0.16, 1.2);
      for (let beat = 0; beat < beatsPerChord; beat++) {
        const note = chord.notes[[0, 1, 2, 3, 2, 1, 2, 3][beat]!]!;
        addTone(mix, rate, frequency(note), start + beat * beatSeconds, beatSeconds * 2.2, 0.11, 2.4);
      }
    });
  }
  const fade = Math.round(0.02 * rate); // no click where the loop restarts
  const pcm = Buffer.alloc(total * 2);
  for (let i = 0; i < total; i++) {
    const edge = Math.min(1, i / fade, (total - 1 - i) / fade);
    const sample = Math.tanh(mix[i]! * 1.1) * edge;
    pcm.writeInt16LE(Math.round(sample * 32767 * 0.5), i * 2);
  }
  return Buffer.concat([buildWavHeader(pcm.length, rate, 1), pcm]);
}

/** A plucked tone: fundamental plus two soft harmonics, quick attack, exponential decay. */
function addTone(mix: Float64Array, rate: number, hz: number, startS: number, lengthS: number, level: number, decayPerS: number): void {
  const first = Math.round(startS * rate);
  const count = Math.min(Math.round(lengthS * rate), mix.length - first);
  const attack = 0.01 * rate;
  for (let n = 0; n < count; n++) {
    const t = n / rate;
    const envelope = Math.min(1, n / attack) * Math.exp(-decayPerS * t) * Math.min(1, (count - n) / attack);
    const phase = 2 * Math.PI * hz * t;
    mix[first + n]! += level * envelope * (Math.sin(phase) + 0.25 * Math.sin(2 * phase) + 0.08 * Math.sin(3 * phase));
  }
}
