import { maskSensitiveDigits, type IrNodeOf } from "@centrala/flow";
import type { StepContext } from "../step/stepContext";
import { buildGatherVerb } from "../verbs/buildGatherVerb";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";

type ConferenceLocal = { phase: "pin"; attempts: number } | { phase: "joined" };
type ConferenceNode = IrNodeOf<"conference">;

// The node has no attempts setting; three tries is what people expect from a PIN prompt.
const maxPinAttempts = 3;
const pinTimeoutSeconds = 10;
// A silent turn of the wait loop when there is no waiting message (the answer must not be empty).
const waitPauseSeconds = 10;

/** Checks the PIN if there is one (`wrongPin` after three misses), then joins the room; `next` when it ends. */
export const conference = defineNodeHandler<"conference", ConferenceLocal>({
  enter(node, nodeId, ctx) {
    if (node.config.pin === undefined) return joinConference(node, nodeId, ctx);
    return askForPin(nodeId, ctx, 1);
  },
  resume(node, nodeId, local, event, ctx) {
    if (local.phase === "pin") {
      if (event.type === "digits" && (event.purpose === undefined || event.purpose === "gather")) {
        // The call log is read by office staff; a PIN must not end up in it.
        ctx.emitTrace({ name: "keyPressed", nodeId, digits: maskSensitiveDigits(event.digits) });
        if (event.digits === node.config.pin) return joinConference(node, nodeId, ctx);
      } else if (event.type !== "noInput") {
        return { type: "ignore" };
      }
      if (local.attempts >= maxPinAttempts) return { type: "next", port: "wrongPin" };
      ctx.pushVerb(ctx.buildPhrase(ctx.phrases.wrongPin));
      return askForPin(nodeId, ctx, local.attempts + 1);
    }
    if (event.type === "conferenceWait") {
      ctx.pushVerb(node.config.waitPrompt ? ctx.buildPrompt(node.config.waitPrompt) : { verb: "pause", length: waitPauseSeconds });
      return { type: "wait", local };
    }
    if (event.type === "conferenceEnded") return { type: "next", port: "next" };
    return { type: "ignore" };
  },
});

function askForPin(nodeId: string, ctx: StepContext, attempts: number): NodeOutcome<ConferenceLocal> {
  const prompt = ctx.buildPhrase(ctx.phrases.enterPin);
  const digits = { minDigits: 1, maxDigits: 8, finishOnKey: "#" };
  ctx.pushVerb(buildGatherVerb(ctx.formatHook(nodeId, "gather"), pinTimeoutSeconds, digits, prompt));
  return { type: "wait", local: { phase: "pin", attempts } };
}

function joinConference(node: ConferenceNode, nodeId: string, ctx: StepContext): NodeOutcome<ConferenceLocal> {
  const moderator = node.config.role === "moderator";
  const startConferenceOnEnter = moderator || !node.config.waitForModerator;
  ctx.pushVerb({
    verb: "conference",
    name: node.config.room,
    startConferenceOnEnter,
    endConferenceOnExit: moderator,
    actionHook: ctx.formatHook(nodeId, "conference"),
    // jambonz only calls the waitHook for callers waiting for the conference to start.
    ...(startConferenceOnEnter ? {} : { waitHook: ctx.formatHook(nodeId, "confwait") }),
  });
  return { type: "wait", local: { phase: "joined" } };
}
