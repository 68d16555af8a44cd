import type { PlayVerb } from "../verbs/verb";
import { buildPromptUrl } from "../verbs/buildPromptUrl";
import type { HoldMusicState } from "./holdSettings";

/**
 * Plays the next `seconds` of music on hold from where the last turn stopped: jambonz `play` with
 * `seekOffset` (samples into the file, FreeSWITCH's `file@@offset`; drachtio-fsmrf
 * `Endpoint.play`) and `timeoutSecs` (FS `lib/tasks/play.js`). A turn never runs past the end of
 * a track: the next turn starts the next track of the playlist (or the same one again).
 */
export function playHoldMusic(music: HoldMusicState, seconds: number, promptBaseUrl: string): { verb: PlayVerb; music: HoldMusicState } {
  let { track, offsetMs } = music;
  let current = music.tracks[track]!;
  if (current.durationMs - offsetMs < 1000) {
    track = (track + 1) % music.tracks.length;
    offsetMs = 0;
    current = music.tracks[track]!;
  }
  const playSeconds = Math.max(1, Math.min(seconds, Math.floor((current.durationMs - offsetMs) / 1000)));
  const verb: PlayVerb = { verb: "play", url: buildPromptUrl(promptBaseUrl, current.promptId, current.language), timeoutSecs: playSeconds };
  if (offsetMs > 0) verb.seekOffset = Math.round((offsetMs * music.sampleRate) / 1000);
  return { verb, music: { ...music, track, offsetMs: offsetMs + playSeconds * 1000 } };
}
