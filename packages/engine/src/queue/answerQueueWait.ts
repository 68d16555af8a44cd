import type { QueueWaitEvent } from "../events/engineEvent";
import { readPhraseBook } from "../phrases/readPhraseBook";
import type { StepContext } from "../step/stepContext";
import { buildSayVerb } from "../verbs/buildSayVerb";
import type { WaitVerb } from "../verbs/verb";
import type { HoldLocal, HoldSettings } from "./holdSettings";

// Each turn costs jambonz a round trip; short silent turns keep announcements and overflow on time.
const maxPauseSeconds = 10;

/**
 * Answers one turn of the enqueue hold loop. jambonz stops the loop on an empty answer or any
 * verb other than play/say/pause/leave/tag, so the answer is never empty and uses only those.
 */
export function answerQueueWait(settings: HoldSettings, local: HoldLocal, event: QueueWaitEvent, ctx: StepContext): { verbs: WaitVerb[]; local: HoldLocal } {
  if (event.queueTimeS >= settings.maxWaitSeconds) return { verbs: [{ verb: "leave" }], local };
  const verbs: WaitVerb[] = [];
  let announcedAtS = local.announcedAtS;
  if (settings.announcePosition && (announcedAtS < 0 || event.queueTimeS - announcedAtS >= settings.announceEverySeconds)) {
    verbs.push(buildPositionAnnouncement(settings, event.position, ctx));
    announcedAtS = event.queueTimeS;
  }
  if (settings.holdPrompt) {
    const hold = ctx.buildPrompt(settings.holdPrompt);
    // A recording plays only until the next announcement or the longest wait: hold music is often
    // minutes long, and the queue can only announce or overflow between turns.
    verbs.push(hold.verb === "play" ? { ...hold, timeoutSecs: readTurnSeconds(settings, announcedAtS, event.queueTimeS, Number.POSITIVE_INFINITY) } : hold);
  } else {
    verbs.push({ verb: "pause", length: readPauseSeconds(settings, announcedAtS, event.queueTimeS) });
  }
  return { verbs, local: { ...local, announcedAtS } };
}

/** "You are caller number N" (position is 0-based in jambonz), in the hold prompt's language. */
function buildPositionAnnouncement(settings: HoldSettings, position: number, ctx: StepContext): WaitVerb {
  const prompt = settings.holdPrompt;
  const language = prompt?.type === "tts" ? prompt.language : ctx.env.language;
  const voice = prompt?.type === "tts" ? prompt.voice : undefined;
  const text = readPhraseBook(language).queuePosition(Math.max(0, Math.floor(position)) + 1);
  return buildSayVerb(text, language, voice, ctx.env.ttsVendor);
}

function readPauseSeconds(settings: HoldSettings, announcedAtS: number, queueTimeS: number): number {
  return readTurnSeconds(settings, announcedAtS, queueTimeS, maxPauseSeconds);
}

/** Seconds until the next announcement or the longest wait, whichever is first (at most `cap`). */
function readTurnSeconds(settings: HoldSettings, announcedAtS: number, queueTimeS: number, cap: number): number {
  const untilOverflow = settings.maxWaitSeconds - queueTimeS;
  const untilAnnouncement = settings.announcePosition ? announcedAtS + settings.announceEverySeconds - queueTimeS : cap;
  return Math.max(1, Math.min(cap, Math.ceil(untilOverflow), Math.ceil(untilAnnouncement)));
}
