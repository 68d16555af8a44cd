// `npm run call -- <number> --press 1,3`: a call from the carrier through the running simulated
// jambonz to a Centrala number (or, with --url, straight to a runtime's WebSocket).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hangUpAfter, pressKeysOnGather, RealClock, VirtualClock, type DialTargetScript, type TranscriptEvent } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { parseCallArgs, type CallArgs } from "./parseCallArgs";
import { CLOCK_HEADER, signClockHeader } from "../calls/callClock";
import { describeCall } from "./describeCall";
import { placeCallThroughJambonz, type PlacedCall } from "./placeCallThroughJambonz";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

function readPassword(): string {
  if (process.env.JAMBONZ_WS_PASSWORD) return process.env.JAMBONZ_WS_PASSWORD;
  const file = path.join(root, ".data/secrets/jambonz_ws_password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("No runtime password: start Centrala with `npm start` first, or set JAMBONZ_WS_PASSWORD.");
}

/** RUNTIME_SECRET signs the "as if at" clock header; npm start keeps it in .data/secrets. */
function readRuntimeSecret(): string {
  if (process.env.RUNTIME_SECRET) return process.env.RUNTIME_SECRET;
  const file = path.join(root, ".data/secrets/runtime_secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("--at needs the runtime's secret: start Centrala with `npm start` first, or set RUNTIME_SECRET.");
}

// Straight to a runtime's WebSocket, jambonz bypassed: no number routing and no REST agent legs.
async function placeDirect(url: string, args: CallArgs, dialTargets: DialTargetScript, onEvent: (e: TranscriptEvent) => void): Promise<PlacedCall> {
  const sim = createNodeSimulator({
    url, auth: { username: process.env.JAMBONZ_WS_USERNAME ?? "jambonz", password: readPassword() },
    clock: args.realtime ? new RealClock() : new VirtualClock(),
    defaultDialTarget: { answerAfterMs: 3000, talkMs: args.talkSeconds * 1000 },
  });
  const caller = [pressKeysOnGather(args.press)];
  if (args.hangUpAfterSeconds !== null) caller.push(hangUpAfter(args.hangUpAfterSeconds * 1000));
  const call = sim.placeCall({ from: args.from, to: args.number, caller, dialTargets, sipHeaders: args.headers });
  call.on("event", onEvent);
  const result = await call.ended;
  return { result, transcript: [...call.transcript], invalidVerbs: call.receivedVerbs.filter((v) => !v.valid) };
}

async function main() {
  const args = parseCallArgs(process.argv.slice(2));
  const dialTargets: DialTargetScript = {};
  for (const [who, s] of Object.entries(args.answer)) dialTargets[who] = { answerAfterMs: s * 1000, talkMs: args.talkSeconds * 1000 };
  for (const who of args.busy) dialTargets[who] = { busy: true };
  for (const who of args.noAnswer) dialTargets[who] = { noAnswer: true };
  console.log(`Calling ${args.number} from ${args.from}${args.press.length ? `, pressing ${args.press.join(", ")}` : ""}…\n`);
  if (args.at) {
    args.headers[CLOCK_HEADER] = signClockHeader(args.at, args.number, readRuntimeSecret());
    console.log(`As if it were ${args.at}.\n`);
  }
  const live = (e: TranscriptEvent) => { if (args.realtime) { const line = describeCall([e], args.verbose); if (line) console.log(line); } };
  const jambonz = args.jambonzUrl ?? process.env.JAMBONZ_SIM_URL ?? `http://127.0.0.1:${process.env.JAMBONZ_SIM_PORT ?? 3300}`;
  const placed = args.url ? await placeDirect(args.url, args, dialTargets, live) : await placeCallThroughJambonz(jambonz, args, dialTargets, live);
  if (!args.realtime) console.log(describeCall(placed.transcript, args.verbose));
  if (placed.invalidVerbs.length) console.log(`\n${placed.invalidVerbs.length} verb(s) failed jambonz's verb specification.`);
  process.exit(placed.result.reason === "rejected" || placed.invalidVerbs.length ? 1 : 0);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? `${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ""}` : String(err);
  console.error(/ECONNREFUSED|fetch failed/.test(message) ? "Neither the simulated jambonz nor the runtime answered. Start Centrala with `npm start` first." : message);
  process.exit(2);
});
