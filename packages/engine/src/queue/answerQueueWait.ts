import type { QueueWaitEvent } from "../events/engineEvent";
import { defaultLanguage, readPhraseBook } from "../phrases/readPhraseBook";
import { buildPromptUrl } from "../verbs/buildPromptUrl";
import type { StepContext } from "../step/stepContext";
import { buildSayVerb } from "../verbs/buildSayVerb";
import type { WaitVerb } from "../verbs/verb";
import type { HoldLocal, HoldSettings } from "./holdSettings";
import { playHoldMusic } from "./playHoldMusic";
import { renderTemplate } from "../template/renderTemplate";

// Each turn costs jambonz a round trip; short silent turns keep announcements and overflow on time.
const maxPauseSeconds = 10;

/**
 * Answers one turn of the enqueue hold loop: an announcement when one is due, then music on hold
 * until the next announcement (or the longest wait), continuing where the last turn stopped.
 * jambonz stops the loop on an empty answer or any verb other than play/say/pause/leave/tag, so
 * the answer is never empty and uses only those.
 */
export function answerQueueWait(settings: HoldSettings, local: HoldLocal, event: QueueWaitEvent, ctx: StepContext): { verbs: WaitVerb[]; local: HoldLocal } {
  if (event.queueTimeS >= settings.maxWaitSeconds) return { verbs: [{ verb: "leave" }], local };
  const verbs: WaitVerb[] = [];
  let next: HoldLocal = local;
  const due = local.announcedAtS < 0 || event.queueTimeS - local.announcedAtS >= settings.announceEverySeconds;
  if (due) {
    const count = local.announcements ?? 0;
    verbs.push(...buildAnnouncement(settings, count, event, ctx));
    next = { ...next, announcedAtS: event.queueTimeS, announcements: count + 1 };
  }
  const turnSeconds = readTurnSeconds(settings, next.announcedAtS, event.queueTimeS);
  if (next.music) {
    const played = playHoldMusic(next.music, turnSeconds, ctx.env.promptBaseUrl);
    verbs.push(played.verb);
    next = { ...next, music: played.music };
  } else if (settings.holdPrompt?.type === "library") {
    // No music data from the runtime: the recording plays from the top, cut at the turn's end.
    verbs.push({ verb: "play", url: buildPromptUrl(ctx.env.promptBaseUrl, settings.holdPrompt.promptId, ctx.env.language ?? defaultLanguage), timeoutSecs: turnSeconds });
  } else {
    verbs.push({ verb: "pause", length: Math.min(maxPauseSeconds, turnSeconds) });
  }
  return { verbs, local: next };
}

/**
 * What the caller is told, varied so the same sentence does not come round every turn: the first
 * announcement gives the place in the queue and the hold message; later ones alternate two
 * wordings of the place and add, in turn, thanks, how long they have waited and the hold message.
 */
function buildAnnouncement(settings: HoldSettings, count: number, event: QueueWaitEvent, ctx: StepContext): WaitVerb[] {
  const spoken = settings.holdPrompt?.type === "tts" ? settings.holdPrompt : undefined;
  const language = spoken?.language ?? ctx.env.language;
  const phrases = readPhraseBook(language);
  const say = (text: string) => buildSayVerb(text, language, spoken?.voice, ctx.env.ttsVendor);
  const position = Math.max(0, Math.floor(event.position));
  const verbs: WaitVerb[] = [];
  if (settings.announcePosition) {
    const place = position + 1;
    const own = settings.positionWording?.trim();
    // The flow's own sentence, every time (its author chose the words); else two built-in wordings in turn.
    const sentence = own
      ? renderTemplate(own, (name) => (name === "position" ? String(place) : name === "positionOrdinal" ? phrases.ordinal(place) : ""))
      : count % 2 === 0 ? phrases.queuePosition(place) : phrases.callersAhead(position);
    verbs.push(say(sentence));
  }
  if (count === 0) {
    if (spoken) verbs.push(ctx.buildPrompt(spoken));
    else if (!settings.announcePosition) verbs.push(say(phrases.thanksForWaiting));
    return verbs;
  }
  // Thanks, how long they have waited, the hold message, in turn; "waited" needs a whole minute
  // and passes its turn to the next one until then.
  const minutes = Math.floor(event.queueTimeS / 60);
  const extras: (() => WaitVerb | null)[] = [
    () => say(phrases.thanksForWaiting),
    () => (minutes >= 1 ? say(phrases.waited(minutes)) : null),
    ...(spoken ? [() => ctx.buildPrompt(spoken)] : []),
  ];
  // Without position or hold message, the first announcement already was the thanks.
  const first = (settings.announcePosition || spoken ? count - 1 : count) % extras.length;
  const extra = extras[first]!() ?? extras[(first + 1) % extras.length]!();
  if (extra) verbs.push(extra);
  return verbs;
}

/** Seconds until the next announcement or the longest wait, whichever is first (at least 1). */
function readTurnSeconds(settings: HoldSettings, announcedAtS: number, queueTimeS: number): number {
  const untilOverflow = settings.maxWaitSeconds - queueTimeS;
  const untilAnnouncement = announcedAtS + settings.announceEverySeconds - queueTimeS;
  return Math.max(1, Math.min(Math.ceil(untilOverflow), Math.ceil(untilAnnouncement)));
}
