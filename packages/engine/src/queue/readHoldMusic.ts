import type { HoldMusicEvent } from "../events/engineEvent";
import type { HoldLocal, HoldMusicState } from "./holdSettings";

/** Takes the runtime's `holdMusic` answer into the hold bookkeeping (playlists start at the top). */
export function readHoldMusic(local: HoldLocal, event: HoldMusicEvent): HoldLocal {
  const tracks = event.tracks.filter((track) => track.durationMs >= 1000);
  if (!tracks.length || !(event.sampleRate > 0)) return local;
  const music: HoldMusicState = { tracks, sampleRate: event.sampleRate, track: 0, offsetMs: 0 };
  return { ...local, music };
}
