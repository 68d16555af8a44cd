/**
 * What every prompt is turned into: 16 kHz mono 16-bit PCM WAV. FreeSWITCH (jambonz's media
 * server) plays WAV without a decoder and resamples it to the call's codec: 8 kHz for G.711 calls
 * (the PSTN), 16 kHz for HD voice (G.722 desk phones, Opus in the browser). 16 kHz keeps HD calls
 * clear; going down to 8 kHz is cheap, whereas an 8 kHz file can never sound better than a phone
 * line.
 */
export const PROMPT_SAMPLE_RATE = 16_000;
export const PROMPT_CHANNELS = 1;
export const PROMPT_MIME = "audio/wav";

/**
 * Loudness target, EBU R128 measurement: -19 LUFS integrated (the usual target for mono speech,
 * 3 LU under stereo's -16) with sample peaks held under -2 dBFS, headroom for G.711's coarse
 * quantisation. Every prompt of a call then plays at the same level.
 */
export const LOUDNESS_TARGET_LUFS = -19;
export const PEAK_LIMIT_DBFS = -2;
